package com.fapiaorelay.console.web;

import com.fapiaorelay.common.json.FapiaoJson;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;

/** Refusals and unreachable services become a page saying what happened and what to do, never a stack trace. */
@ControllerAdvice
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final MessageSource messages;

    ConsoleErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsoleRefusal.class)
    ModelAndView refused(ConsoleRefusal refusal, Locale locale) {
        log.warn("Refused: {}", refusal.messageKey());
        String message = messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
        return page(refusal.status(), message);
    }

    @ExceptionHandler(RestClientResponseException.class)
    ModelAndView serviceRefused(RestClientResponseException e, Locale locale) {
        log.warn("A service refused the console's call: {} {}", e.getStatusCode(), e.getResponseBodyAsString());
        String message = messages.getMessage(
                "error.service-refused", new Object[] {e.getStatusCode().value(), detail(e)}, locale);
        return page(HttpStatus.BAD_GATEWAY, message);
    }

    @ExceptionHandler(RestClientException.class)
    ModelAndView serviceUnreachable(RestClientException e, Locale locale) {
        log.warn("A service could not be reached: {}", e.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("error.service-unreachable", null, locale));
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("message", message);
        return page;
    }

    /** The problem detail's own words where the service sent one, else the start of its answer. */
    private static String detail(RestClientResponseException e) {
        String body = e.getResponseBodyAsString();
        try {
            String detail = FapiaoJson.mapper().readTree(body).path("detail").asString("");
            return detail.isEmpty() ? abbreviate(body) : detail;
        } catch (JacksonException notJson) {
            return abbreviate(body);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
