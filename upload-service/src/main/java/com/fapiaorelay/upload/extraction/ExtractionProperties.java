package com.fapiaorelay.upload.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code fapiao.upload.extraction.*}: the largest invoice file read; a 数电票 PDF or OFD is well under 1 MB. */
@ConfigurationProperties("fapiao.upload.extraction")
record ExtractionProperties(@DefaultValue("10MB") DataSize maxFileSize) {}
