package com.fapiaorelay.common.invoice;

/**
 * What a red-letter invoice (红字发票) reverses: the original blue invoice, the red-letter confirmation (红字确认单),
 * and the reason code (01 issued in error, 02 goods returned, 03 service stopped, 04 sales allowance).
 */
public record RedLetter(String originalInvoiceNumber, String confirmationNumber, String reason) {}
