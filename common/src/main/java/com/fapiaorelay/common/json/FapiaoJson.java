package com.fapiaorelay.common.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** JSON as our contracts define it: money as decimal strings, ISO-8601 times keeping their offset, unknown fields tolerated. */
public final class FapiaoJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private FapiaoJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Applies our conventions to a builder, so Spring's own mapper can share them. */
    public static <B extends MapperBuilder<?, B>> B configure(B builder) {
        return builder.withConfigOverride(
                        BigDecimal.class,
                        override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
