/** Faults on demand: settings from configuration or the admin API, drawn from one seeded random source. */
package com.fapiaorelay.sandbox.fault;
