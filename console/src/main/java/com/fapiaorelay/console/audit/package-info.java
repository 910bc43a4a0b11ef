/** The append-only record of every operator action: who, what, when. */
package com.fapiaorelay.console.audit;
