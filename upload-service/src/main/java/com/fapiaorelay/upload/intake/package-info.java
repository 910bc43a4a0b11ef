/** Intake: invoices arrive from Kafka, are stored once, and wait for upload. */
package com.fapiaorelay.upload.intake;
