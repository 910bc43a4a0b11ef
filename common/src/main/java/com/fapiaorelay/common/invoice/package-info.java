/** The invoice model: what an ERP hands over and what the tax interface stores. */
package com.fapiaorelay.common.invoice;
