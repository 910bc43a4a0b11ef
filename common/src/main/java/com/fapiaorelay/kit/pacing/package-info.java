/** Pacing of polling loops: every poll while work keeps coming, ever fewer while idle, at once when work is announced. */
package com.fapiaorelay.kit.pacing;
