/** Who may call which endpoint of alert-service (the kit authenticates, this table authorises). */
package com.fapiaorelay.alert.access;
