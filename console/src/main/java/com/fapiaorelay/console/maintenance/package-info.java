/** Maintenance windows: OPERATORs list, declare and cancel the windows in which uploads wait. */
package com.fapiaorelay.console.maintenance;
