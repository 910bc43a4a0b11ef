/** The submission store: one row per invoice with its state, version and retry schedule, and the events it emits. */
package com.fapiaorelay.upload.submission;
