package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.extract.Ocr;
import com.fapiaorelay.common.validation.InvoiceValidator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FileFillConfiguration {

    /** The form's own validator, so the draft's findings are those the form shows; OCR when Tesseract is here. */
    @Bean
    InvoiceExtractor invoiceExtractor(InvoiceValidator validator) {
        return new InvoiceExtractor(validator, Ocr.system());
    }
}
