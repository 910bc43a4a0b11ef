/** Leases on claimed rows held while a round calls the tax interface with no transaction open. */
package com.fapiaorelay.kit.lease;
