/** The fault campaign: invoices flow while the sandbox misbehaves and parts restart or are killed; the invariant judged after. */
package com.fapiaorelay.standalone.chaos;
