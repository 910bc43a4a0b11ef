/** Routing: which channels hear a group, by anomaly type, severity and seller, and where it escalates to. */
package com.fapiaorelay.alert.routing;
