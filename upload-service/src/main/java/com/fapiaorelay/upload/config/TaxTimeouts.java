package com.fapiaorelay.upload.config;

import java.time.Duration;

/** How long one call to the tax interface may take at worst, from the configured timeouts. */
public record TaxTimeouts(Duration longestCall) {}
