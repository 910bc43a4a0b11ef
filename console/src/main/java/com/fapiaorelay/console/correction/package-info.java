/** Manual re-entry (补录): a clerk corrects or re-enters an invoice, another person reviews it, upload-service takes it. */
package com.fapiaorelay.console.correction;
