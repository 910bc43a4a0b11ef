package com.fapiaorelay.common.extract;

/** Where an extracted value was read: the signed XML, the QR code, a file's text layer, or OCR of an image. */
public enum FieldSource {
    XML,
    QR,
    TEXT,
    OCR
}
