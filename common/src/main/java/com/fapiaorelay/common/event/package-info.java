/** Event contracts: immutable records with the common envelope, one JSON Schema each. */
package com.fapiaorelay.common.event;
