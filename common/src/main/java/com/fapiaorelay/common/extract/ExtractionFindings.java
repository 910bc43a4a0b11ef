package com.fapiaorelay.common.extract;

import com.fapiaorelay.common.validation.Finding;
import com.fapiaorelay.common.validation.Severity;

/** What reading the file itself turned up, in the same bilingual shape as validation's findings. */
final class ExtractionFindings {

    private ExtractionFindings() {}

    static Finding unreadable(String reason) {
        return new Finding(
                "EXTRACT_UNREADABLE",
                Severity.ERROR,
                "file",
                "文件无法读取：" + reason,
                "The file cannot be read: " + reason,
                null);
    }

    static Finding unsupported() {
        return new Finding(
                "EXTRACT_UNSUPPORTED_FORMAT",
                Severity.ERROR,
                "file",
                "不支持的文件格式（支持 XML、OFD、PDF、PNG、JPEG）",
                "Unsupported file format (XML, OFD, PDF, PNG and JPEG are read)",
                null);
    }

    static Finding needsTesseract() {
        return new Finding(
                "EXTRACT_NEEDS_TESSERACT",
                Severity.ERROR,
                "file",
                "扫描件需要 Tesseract（tesseract-ocr、tesseract-ocr-chi-sim）才能识别文字；已只读取二维码",
                "Scans need Tesseract (tesseract-ocr, tesseract-ocr-chi-sim) to read their text; only the QR code was read",
                null);
    }

    static Finding noQrCode() {
        return new Finding(
                "EXTRACT_NO_QR_CODE",
                Severity.WARNING,
                "file",
                "未找到发票二维码，号码、日期和金额无法与二维码核对",
                "No invoice QR code found: number, date and total could not be checked against it",
                null);
    }

    static Finding qrDisagrees(String field, String printed, String encoded) {
        return new Finding(
                "EXTRACT_QR_DISAGREES",
                Severity.ERROR,
                field,
                "票面文字 " + printed + " 与二维码 " + encoded + " 不一致，请核对原件",
                "The printed " + printed + " disagrees with the QR code's " + encoded + ": check the original",
                encoded);
    }
}
