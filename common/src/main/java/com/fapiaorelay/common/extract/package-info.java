/**
 * From an invoice file (数电票 XML, OFD, PDF, a scan or photo) to a draft invoice: each field with its source and a
 * confidence, the QR code cross-checked against the text, and the draft run through validation.
 */
package com.fapiaorelay.common.extract;
