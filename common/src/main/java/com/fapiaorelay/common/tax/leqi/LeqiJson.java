package com.fapiaorelay.common.tax.leqi;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON as 乐企 writes it: money as JSON numbers, kept exact; unknown fields tolerated. */
final class LeqiJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private LeqiJson() {}

    static JsonMapper mapper() {
        return MAPPER;
    }
}
