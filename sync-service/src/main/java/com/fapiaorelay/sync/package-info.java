/** sync-service: proof of arrival for every uploaded invoice, and the invoice ledger. */
package com.fapiaorelay.sync;
