package com.fapiaorelay.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fapiaorelay.common.json.FapiaoJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Encodes every log event in memory with Spring Boot's structured encoder, as a service's console does outside the
 * tests (whose console is plain text), so tests can read the JSON lines operators will see.
 */
public final class JsonLogCapture implements AutoCloseable {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger root;

    private JsonLogCapture(String format) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        appender.setContext(context);
        appender.setName("json-log-capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
    }

    /** Starts capturing in {@code format} ({@code ecs}, {@code logstash}, ...), the service's configured one. */
    public static JsonLogCapture start(String format) {
        return new JsonLogCapture(format);
    }

    public List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .map(line -> FapiaoJson.mapper().readTree(line))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
