/** Reconciliation runs per seller and day: start one, read its discrepancies, download them as CSV. */
package com.fapiaorelay.console.reconcile;
