package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.system.PromQl.Selector;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsMetricsInsideFunctionsAndAggregations() {
        assertThat(PromQl.selectors("sum by (outcome) (rate(fapiao_upload_attempts_total[5m]))"))
                .containsExactly(new Selector("fapiao_upload_attempts_total", Set.of()));
    }

    @Test
    void readsLabelNamesOfMatchersButNotTheirValues() {
        assertThat(PromQl.selectors("fapiao_invoices_by_state{state=~\"MISSING|rate\", service!=\"x\"} > 0"))
                .containsExactly(new Selector("fapiao_invoices_by_state", Set.of("state", "service")));
    }

    @Test
    void ignoresGroupingLabelsDurationsNumbersAndGrafanaVariables() {
        assertThat(PromQl.selectors("histogram_quantile(0.95, sum(rate(fapiao_x_bucket[$__rate_interval])) by (le))"
                        + " / on (service) group_left max without (instance) (fapiao_y offset 5m) > 1e3"))
                .extracting(Selector::metric)
                .containsExactly("fapiao_x_bucket", "fapiao_y");
    }

    @Test
    void findsEverySideOfABinaryExpression() {
        assertThat(PromQl.selectors("time() - fapiao_scheduler_last_run > 60 and up == 1 unless ALERTS"))
                .extracting(Selector::metric)
                .containsExactly("fapiao_scheduler_last_run", "up", "ALERTS");
    }

    @Test
    void ignoresLabelNamesInsideStringArguments() {
        assertThat(PromQl.selectors(
                        "label_replace(kafka_consumer_records_lag, \"group\", \"$1\", \"client_id\", \"(.*)\")"))
                .extracting(Selector::metric)
                .containsExactly("kafka_consumer_records_lag");
    }
}
