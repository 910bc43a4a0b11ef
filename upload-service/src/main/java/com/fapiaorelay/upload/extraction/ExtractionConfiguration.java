package com.fapiaorelay.upload.extraction;

import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.extract.Ocr;
import com.fapiaorelay.common.validation.InvoiceValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    /** Intake's validator, so a draft shows the findings intake would report; OCR when Tesseract is installed. */
    @Bean
    InvoiceExtractor invoiceExtractor(InvoiceValidator validator) {
        return new InvoiceExtractor(validator, Ocr.system());
    }
}
