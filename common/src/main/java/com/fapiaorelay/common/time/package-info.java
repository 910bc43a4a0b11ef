/** China's calendar: business days and issue times in Beijing whatever the host's zone. */
package com.fapiaorelay.common.time;
