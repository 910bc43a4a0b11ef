/**
 * Status callbacks: ERPs register webhooks for their sellers; every status change is queued durably and POSTed,
 * signed, in version order per invoice, retried with back-off, dead-lettered and replayable.
 */
package com.fapiaorelay.sync.callback;
