package com.fapiaorelay.console.web;

import com.fapiaorelay.common.time.BusinessDays;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times as the finance staff read them: China time, whatever offset a service answered in. Templates call it as
 * {@code @beijingTime.format(time, 'yyyy-MM-dd HH:mm')}.
 */
@Component
public class BeijingTime {

    public String format(OffsetDateTime time, String pattern) {
        return time == null
                ? ""
                : time.atZoneSameInstant(BusinessDays.CHINA).format(DateTimeFormatter.ofPattern(pattern));
    }
}
