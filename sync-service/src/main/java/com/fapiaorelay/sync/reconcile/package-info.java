/** Reconciliation per seller and day: our ledger against the tax system's summaries, narrowed down by bisection. */
package com.fapiaorelay.sync.reconcile;
