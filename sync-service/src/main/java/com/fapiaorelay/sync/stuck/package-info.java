/** STUCK detection: invoices left in a non-final state past their SLA are put in front of a human. */
package com.fapiaorelay.sync.stuck;
