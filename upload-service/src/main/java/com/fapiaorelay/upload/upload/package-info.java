/** Upload: workers claim due invoices in batches, send them, and decide each one's next state. */
package com.fapiaorelay.upload.upload;
