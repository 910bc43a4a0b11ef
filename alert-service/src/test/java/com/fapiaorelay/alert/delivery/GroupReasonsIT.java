package com.fapiaorelay.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.alert.Api;
import com.fapiaorelay.alert.IntegrationTest;
import com.fapiaorelay.common.event.AnomalyRaised;
import com.fapiaorelay.common.event.AnomalyRaised.Severity;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.json.FapiaoJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A grouped message says why (its top reasons with counts) and what to do, and its link opens only that group. */
class GroupReasonsIT extends IntegrationTest {

    private static final String GRAND_TOTAL = "校验未通过 / validation failed: GRAND_TOTAL";
    private static final String TAX_ID = "校验未通过 / validation failed: BUYER_TAX_ID";
    private static final String ISSUE_TIME = "校验未通过 / validation failed: ISSUE_TIME";
    private static final String RARE = "校验未通过 / validation failed: ITEM_AMOUNT";

    @LocalServerPort
    int port;

    @Test
    void groupedMessageListsTopReasonsWithCountsWhatToDoAndALinkToOnlyItsGroup() {
        String seller = newSeller();
        String neighbour = newSeller();
        List<AnomalyRaised> invalid = new ArrayList<>();
        invalid.addAll(invalid(seller, GRAND_TOTAL, 0, 12));
        invalid.addAll(invalid(seller, TAX_ID, 12, 3));
        invalid.addAll(invalid(seller, ISSUE_TIME, 15, 2));
        invalid.addAll(invalid(seller, RARE, 17, 1));
        invalid.addAll(invalid(neighbour, GRAND_TOTAL, 0, 2));

        publish(invalid.toArray(AnomalyRaised[]::new));

        JsonNode message = await().until(() -> receiver.received(WEBHOOK, seller), got -> !got.isEmpty()).stream()
                .map(received -> FapiaoJson.mapper().readTree(received.body()))
                .findFirst()
                .orElseThrow();
        assertThat(message.get("alertCount").asInt()).isEqualTo(18);
        assertThat(message.get("reasons")
                        .valueStream()
                        .map(r ->
                                tuple(r.get("reason").asString(), r.get("count").asInt())))
                .containsExactly(tuple(GRAND_TOTAL, 12), tuple(TAX_ID, 3), tuple(ISSUE_TIME, 2));
        assertThat(message.get("whatToDo").asString()).contains("work queue");
        long groupId = message.get("groupId").asLong();
        assertThat(message.get("link").asString()).isEqualTo("https://console.fapiao.test/alerts?groupId=" + groupId);

        String markdown = await().until(() -> receiver.received(DINGTALK, seller), got -> !got.isEmpty())
                .get(0)
                .body();
        assertThat(markdown).contains("Why: " + GRAND_TOTAL + " ×12", "Why: " + TAX_ID + " ×3", "What to do: ");

        JsonNode group = Api.at(port)
                .get("/api/v1/alerts?groupId=" + groupId + "&limit=100")
                .json();
        assertThat(group.get("alerts")
                        .valueStream()
                        .map(a -> a.get("sellerTaxId").asString()))
                .hasSize(18)
                .containsOnly(seller);
    }

    private static List<AnomalyRaised> invalid(String seller, String reason, int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> AnomalyRaised.forInvoice(
                        "upload-service",
                        "INVALID",
                        Severity.WARNING,
                        new InvoiceKey(seller, "2411700000%010d".formatted(i)),
                        "发票需要人工处理 / invoice needs a human: INVALID",
                        reason))
                .toList();
    }
}
