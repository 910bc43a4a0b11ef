/** Silences: matchers with an end time under which groups are not delivered, created and ended by named people. */
package com.fapiaorelay.alert.silence;
