package com.fapiaorelay.alert.delivery.channel.email;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email over SMTP: {@code fapiao.alert.email.*}; disabled while {@code to} is empty. The SMTP server itself is
 * Spring's {@code spring.mail.*} (host, port, username, password).
 */
@ConfigurationProperties("fapiao.alert.email")
record EmailProperties(
        @DefaultValue("fapiao-relay@localhost") String from,
        @DefaultValue List<String> to,
        @DefaultValue("[fapiao-relay] ") String subjectPrefix) {

    // Mail servers take far more, but an on-call mail longer than this is not read either.
    static final int MAX_BODY_BYTES = 64 * 1024;

    boolean enabled() {
        return !to.isEmpty();
    }
}
