package com.fapiaorelay.upload.config;

import com.fapiaorelay.common.tax.TaxInterface;

/**
 * The channel on its sandbox path with the sandbox flag, for the canary's simulated upload (模拟上传测试); configured
 * only for a channel without look-up by key (乐企), where the canary cannot look a known invoice up.
 */
public record SimulatedUploadTaxInterface(TaxInterface tax) {}
