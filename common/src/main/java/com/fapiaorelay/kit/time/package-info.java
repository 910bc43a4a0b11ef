/** The one clock of a service, injected wherever time is read so tests can pin it. */
package com.fapiaorelay.kit.time;
