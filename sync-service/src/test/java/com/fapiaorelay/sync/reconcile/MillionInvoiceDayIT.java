package com.fapiaorelay.sync.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.sync.SellerDay;
import com.fapiaorelay.sync.SyncIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6's campaign, opt-in because it loads two million rows: {@code ./mvnw -o verify -pl sync-service -am
 * -Dfapiao.campaign=reconcile-1m -Dit.test=MillionInvoiceDayIT}. The sandbox's PostgreSQL and the ledger get the
 * same day of 1,000,000 invoices of one seller by bulk SQL, then 10 discrepancies; the reconciliation runs through
 * the REST API and the real HTTP client with production's page size, and is compared with listing the whole day.
 * Remote calls and times go to the log (and {@code target/reconcile-1m.txt}) for docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "fapiao.campaign", matches = "reconcile-1m")
@TestPropertySource(properties = {"fapiao.sync.reconciliation.page-size=1000", "fapiao.sync.state-counts-refresh=1h"})
class MillionInvoiceDayIT extends SyncIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(MillionInvoiceDayIT.class);
    private static final int INVOICES = 1_000_000;
    private static final int PAGE = 1000;
    private static final LocalDate DAY = BusinessDays.today(Clock.systemUTC()).minusDays(3);
    private static final List<Integer> MISSING_IN_TAX = List.of(100_001, 300_001, 500_001, 700_001);
    private static final List<Integer> ALTERED_IN_TAX = List.of(200_001, 600_001, 900_001);
    private static final List<Integer> UNKNOWN_TO_US = List.of(150_001, 450_001, 850_001);

    /** A generated invoice {@code g}: number, figures and issue second spread evenly over the day. */
    private static final String GENERATED = """
            SELECT '25117' || lpad(g::text, 15, '0') AS number,
                   ((g % 9000) + 100)::numeric(18,2) AS amount,
                   round(((g % 9000) + 100) * 0.06, 2)::numeric(18,2) AS tax,
                   CAST(:day AS timestamp) + ((g - 1)::bigint * 86400 / :invoices) * interval '1 second' AS issued
              FROM generate_series(1, :invoices) AS g
            """;

    @Autowired
    JdbcClient jdbc;

    private final SellerDay sellerDay = SellerDay.fresh(DAY);

    @BeforeEach
    void bothSidesHoldTheDayWithTenDiscrepancies() {
        long started = System.nanoTime();
        jdbc.sql("INSERT INTO sandbox.tax_record (seller_tax_id, invoice_number, receipt_id, content_hash,"
                        + " total_amount, total_tax, issued_at, red, visible_at, record_hash)"
                        + " SELECT :seller, number, 'R' || number, 'campaign', amount, tax, issued, false,"
                        + " now() - interval '1 day', " + term("number", "amount", "tax", "issued")
                        + " FROM (" + GENERATED + ") AS generated")
                .params(day())
                .update();
        jdbc.sql("INSERT INTO ledger (seller_tax_id, invoice_number, state, total_amount, total_tax, issued_at,"
                        + " receipt_id, upstream_version)"
                        + " SELECT :seller, number, 'CONFIRMED', amount, tax, issued, 'R' || number, 1"
                        + " FROM (" + GENERATED + ") AS generated")
                .params(day())
                .update();
        jdbc.sql("DELETE FROM sandbox.tax_record WHERE seller_tax_id = :seller AND invoice_number IN (:numbers)")
                .param("seller", sellerDay.sellerTaxId())
                .param("numbers", numbers(MISSING_IN_TAX))
                .update();
        jdbc.sql("UPDATE sandbox.tax_record SET total_amount = total_amount + 1, record_hash = "
                        + term("invoice_number", "total_amount + 1", "total_tax", "issued_at")
                        + " WHERE seller_tax_id = :seller AND invoice_number IN (:numbers)")
                .param("seller", sellerDay.sellerTaxId())
                .param("numbers", numbers(ALTERED_IN_TAX))
                .update();
        jdbc.sql("DELETE FROM ledger WHERE seller_tax_id = :seller AND invoice_number IN (:numbers)")
                .param("seller", sellerDay.sellerTaxId())
                .param("numbers", numbers(UNKNOWN_TO_US))
                .update();
        jdbc.sql("ANALYZE sandbox.tax_record").update();
        jdbc.sql("ANALYZE ledger").update();
        log.info("loaded both sides in {} s", (System.nanoTime() - started) / 1_000_000_000L);
    }

    @AfterEach
    void dropTheDay() {
        jdbc.sql("DELETE FROM sandbox.tax_record WHERE seller_tax_id = :seller")
                .param("seller", sellerDay.sellerTaxId())
                .update();
        jdbc.sql("DELETE FROM ledger WHERE seller_tax_id = :seller")
                .param("seller", sellerDay.sellerTaxId())
                .update();
    }

    @Test
    void settlesTheDayInAFewRemoteCallsWhereListingItTakesAThousand() throws IOException {
        String load = loadAverage();
        long started = System.nanoTime();
        JsonNode run = reconcile();
        long reconcileMillis = (System.nanoTime() - started) / 1_000_000;

        started = System.nanoTime();
        Listing listing = listWholeDay();
        long listingMillis = (System.nanoTime() - started) / 1_000_000;

        String report = String.format(
                "reconcile-1m: %d invoices, 10 planted; reconciliation found %s in %d remote calls, %d ms"
                        + " (run %s to %s); listing the day: %d records in %d calls, %d ms; load before: %s,"
                        + " after: %s",
                INVOICES,
                kinds(run),
                run.path("run").path("remoteCalls").asInt(),
                reconcileMillis,
                run.path("run").path("startedAt").asString(),
                run.path("run").path("finishedAt").asString(),
                listing.records(),
                listing.calls(),
                listingMillis,
                load,
                loadAverage());
        log.info(report);
        Files.writeString(Path.of("target", "reconcile-1m.txt"), report + "\n");
        assertThat(run.path("run").path("missingInTax").asInt()).isEqualTo(MISSING_IN_TAX.size());
        assertThat(run.path("run").path("fieldMismatch").asInt()).isEqualTo(ALTERED_IN_TAX.size());
        assertThat(run.path("run").path("unknownToUs").asInt()).isEqualTo(UNKNOWN_TO_US.size());
        assertThat(listing.records()).isEqualTo(INVOICES - MISSING_IN_TAX.size());
    }

    private JsonNode reconcile() {
        String body = "{\"sellerTaxId\":\"" + sellerDay.sellerTaxId() + "\",\"day\":\"" + DAY + "\"}";
        String path = "/api/v1/reconciliations/"
                + post("/api/v1/reconciliations", body).body().path("id").asLong();
        await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        !get(path).body().path("run").path("status").asString().equals("RUNNING"));
        JsonNode run = get(path).body();
        assertThat(run.path("run").path("status").asString()).isEqualTo("COMPLETED");
        return run;
    }

    private Listing listWholeDay() {
        long records = 0;
        int calls = 0;
        String cursor = null;
        do {
            TaxRecordPage page = sandbox.list(
                    sellerDay.sellerTaxId(), DAY.atStartOfDay(), DAY.plusDays(1).atStartOfDay(), cursor, PAGE);
            calls++;
            records += page.records().size();
            cursor = page.nextCursor();
        } while (cursor != null);
        return new Listing(records, calls);
    }

    private Map<String, Object> day() {
        return Map.of("seller", sellerDay.sellerTaxId(), "day", DAY.atStartOfDay(), "invoices", INVOICES);
    }

    /** The summary checksum term of docs/tax-interface.md, in SQL, as the sandbox's migration computes it. */
    private static String term(String number, String amount, String tax, String issued) {
        return "('x' || left(encode(sha256(convert_to(" + number + " || '|' || (" + amount + ")::text || '|' || "
                + tax + "::text || '|' || to_char(" + issued + ", 'YYYY-MM-DD\"T\"HH24:MI:SS'), 'UTF8')), 'hex'),"
                + " 16))::bit(64)::bigint";
    }

    private static List<String> numbers(List<Integer> generated) {
        return generated.stream().map(g -> "25117" + String.format("%015d", g)).toList();
    }

    private static String kinds(JsonNode run) {
        return run.path("discrepancies")
                .valueStream()
                .collect(Collectors.groupingBy(d -> d.path("kind").asString(), Collectors.counting()))
                .toString();
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private record Listing(long records, int calls) {}
}
