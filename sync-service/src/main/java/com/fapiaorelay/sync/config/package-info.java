/** Infrastructure: typed configuration, the tax-interface client, the clock. */
package com.fapiaorelay.sync.config;
