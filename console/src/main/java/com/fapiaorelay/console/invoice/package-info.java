/** Search, and one invoice's page: its data, findings, transitions, upload attempts and tax-side receipt. */
package com.fapiaorelay.console.invoice;
