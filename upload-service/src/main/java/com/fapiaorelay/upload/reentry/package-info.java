/** Manual re-entries (补录) approved in the operators' console: new invoices, or corrections superseding others. */
package com.fapiaorelay.upload.reentry;
