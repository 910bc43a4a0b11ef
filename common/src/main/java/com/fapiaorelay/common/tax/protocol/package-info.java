/** Wire records of the tax-interface HTTP protocol (docs/tax-interface.md), shared by client and sandbox. */
package com.fapiaorelay.common.tax.protocol;
