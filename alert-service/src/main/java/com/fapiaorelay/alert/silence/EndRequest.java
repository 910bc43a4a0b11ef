package com.fapiaorelay.alert.silence;

/** Body of ending a silence: who ends it. */
record EndRequest(String by) {}
