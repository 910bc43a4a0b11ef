/** The daily report per seller: invoices by state, automatic recoveries, work for humans, reconciliation result. */
package com.fapiaorelay.sync.report;
