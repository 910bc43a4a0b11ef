package com.fapiaorelay.standalone.demo;

import java.util.Map;

/**
 * The demo's final accounting. An invoice is accounted for when it is CONFIRMED, or needs a human and has an alert
 * raised for it; {@code duplicateUploads} are uploads the sandbox received for an invoice it already held.
 */
record DemoReport(
        int submitted,
        Map<String, Long> byState,
        long confirmed,
        long needingHuman,
        long duplicateUploads,
        long alertsRaised,
        long unaccounted,
        double seconds) {

    boolean allAccountedFor() {
        return unaccounted == 0;
    }
}
