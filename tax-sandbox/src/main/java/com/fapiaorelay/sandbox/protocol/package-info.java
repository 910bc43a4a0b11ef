/** The HTTP protocol of docs/tax-interface.md: versions, upload, query by serial, look-up, summary and list. */
package com.fapiaorelay.sandbox.protocol;
