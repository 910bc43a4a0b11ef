/** Trace context where observations do not carry it (batch listeners, the outbox table) and the invoice log context. */
package com.fapiaorelay.kit.trace;
