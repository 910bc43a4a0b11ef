/** The tax-interface SPI the services call, and its HTTP client for our documented protocol. */
package com.fapiaorelay.common.tax;
