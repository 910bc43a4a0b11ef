/** Infrastructure: typed configuration, the tax-interface client, the clock, the base of API problems. */
package com.fapiaorelay.sync.config;
