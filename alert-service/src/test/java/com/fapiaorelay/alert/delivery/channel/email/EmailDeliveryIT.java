package com.fapiaorelay.alert.delivery.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

public class EmailDeliveryIT extends IntegrationTest {

    @Test
    void mailsTheGroupToOnCallThroughSmtp() throws Exception {
        AnomalyRaised anomaly = missing(newSeller(), "24117000000212347001");

        publish(anomaly);

        MimeMessage received =
                await().atMost(Duration.ofSeconds(20)).until(() -> mailAbout(anomaly.sellerTaxId()), m -> m != null);
        assertThat(received.getSubject()).startsWith("[fapiao-relay] [CRITICAL] MISSING");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo(ONCALL_MAIL);
        assertThat(GreenMailUtil.getBody(received))
                .contains(anomaly.invoiceNumber(), "Invoices: 1, sellers: 1")
                .contains("Runbook: https://docs.fapiao.test/runbooks/anomalies/missing.md")
                .contains("Console: https://console.fapiao.test/alerts?groupId=");
    }

    private static MimeMessage mailAbout(String seller) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> subjectOf(message).contains(seller))
                .findFirst()
                .orElse(null);
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
