package com.fapiaorelay.console.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times as the finance staff read them: China time, whatever offset a service answered in. Templates call it as
 * {@code @beijingTime.format(time, 'yyyy-MM-dd HH:mm')}.
 */
@Component
public class BeijingTime {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public String format(OffsetDateTime time, String pattern) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(DateTimeFormatter.ofPattern(pattern));
    }
}
