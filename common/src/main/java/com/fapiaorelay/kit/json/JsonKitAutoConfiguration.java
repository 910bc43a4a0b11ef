package com.fapiaorelay.kit.json;

import com.fapiaorelay.common.json.FapiaoJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** REST bodies follow the same JSON conventions as our events: money as decimal strings. */
@AutoConfiguration
@ConditionalOnClass(JsonMapperBuilderCustomizer.class)
public class JsonKitAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer fapiaoJsonConventions() {
        return FapiaoJson::configure;
    }
}
