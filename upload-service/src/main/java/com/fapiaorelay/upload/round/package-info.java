/**
 * Upload rounds: workers pass the gate (maintenance windows, breakers), claim due invoices in batches within quota,
 * send them, and decide each one's next state.
 */
package com.fapiaorelay.upload.round;
