/** The HTTP protocol of docs/tax-interface.md: upload a batch, look invoices up. */
package com.fapiaorelay.sandbox.protocol;
