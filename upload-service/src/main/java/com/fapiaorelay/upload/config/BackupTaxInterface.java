package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.TaxInterface;

/** The backup endpoint of the tax interface, configured only where the provider offers one. */
public record BackupTaxInterface(TaxInterface tax) {}
