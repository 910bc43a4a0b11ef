package com.fapiaorelay.sync.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.tax.HttpTaxInterface;
import com.fapiaorelay.common.tax.TaxInterface;
import com.fapiaorelay.common.tax.TaxRecord;
import com.fapiaorelay.common.tax.TaxRecordPage;
import com.fapiaorelay.common.tax.TaxSummary;
import com.fapiaorelay.common.tax.UploadResult;
import com.fapiaorelay.kit.lease.CallLease;
import com.fapiaorelay.sync.SandboxServer;
import com.fapiaorelay.sync.SyncIntegrationTest;
import com.fapiaorelay.sync.config.SyncProperties;
import com.fapiaorelay.sync.ledger.Ledger;
import com.fapiaorelay.testsupport.SettableClock;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.TestInvoices;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Confirmation rounds as separate instances would run them, on their own schema, their own clock and no scheduler:
 * each test claims, asks and records by hand. The lease is the derived one (a look-up at its slowest); the tests move
 * the clock past it instead of waiting.
 */
@SpringBootTest(
        properties = {
            "spring.config.name=sync-service",
            "spring.profiles.active=dev",
            SyncIntegrationTest.TEST_TIMINGS,
            "spring.kafka.listener.auto-startup=false",
            "fapiao.sync.confirmation.interval=1h"
        })
class ConfirmationLeaseIT {

    private static final SettableClock CLOCK = new SettableClock(Instant.now());
    private static final int BATCH = 10;

    @Autowired
    Ledger ledger;

    @Autowired
    VerdictActions actions;

    @Autowired
    CallLease lease;

    @Autowired
    SyncProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final TaxInterface sandbox =
            new HttpTaxInterface(URI.create(SandboxServer.url()), Duration.ofSeconds(2), Duration.ofSeconds(5));

    @TestConfiguration
    static class PinnedClock {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "sync_lease");
        registry.add("fapiao.tax.base-url", SandboxServer::url);
    }

    @Test
    void twoInstancesRunningAtOnceNeverConfirmAnInvoiceTwice() {
        List<Invoice> backlog = visibleAndDue(4 * BATCH);
        ConfirmationRound first = round(sandbox);
        ConfirmationRound second = round(sandbox);

        CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(() -> drain(first));
        CompletableFuture<Integer> bySecond = CompletableFuture.supplyAsync(() -> drain(second));

        assertThat(byFirst.join() + bySecond.join()).isEqualTo(backlog.size());
        backlog.forEach(invoice -> assertThat(confirmations(invoice.key())).isEqualTo(1));
    }

    @Test
    void killedHoldersInvoicesWaitForItsLeaseThenAnotherInstanceConfirmsThem() {
        List<Invoice> claimed = visibleAndDue(BATCH);
        ledger.claimDueChecks(BATCH, lease.duration()); // then the holder is killed: it never records
        ConfirmationRound survivor = round(sandbox);

        assertThat(survivor.checkNextBatch()).as("the lease still holds").isEmpty();
        CLOCK.advance(lease.duration().plusSeconds(1));

        assertThat(survivor.checkNextBatch()).hasSize(BATCH);
        claimed.forEach(invoice -> assertThat(stateOf(invoice.key())).isEqualTo("CONFIRMED"));
    }

    @Test
    void holderAskingTheTaxSideHoldsNoLockNorConnectionAndItsLateVerdictsAreDropped() throws Exception {
        List<Invoice> claimed = visibleAndDue(BATCH);
        StalledLookups stalled = new StalledLookups(sandbox);
        ConfirmationRound holder = round(stalled);
        CompletableFuture<List<CheckedInvoice>> late = CompletableFuture.supplyAsync(holder::checkNextBatch);
        assertThat(stalled.asked.await(20, TimeUnit.SECONDS)).isTrue();

        assertThat(lockedNow(claimed)).as("rows lockable while the holder asks").hasSize(BATCH);
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getActiveConnections() == 0);
        CLOCK.advance(lease.duration().plusSeconds(1));
        assertThat(round(sandbox).checkNextBatch()).hasSize(BATCH);
        stalled.answer.countDown();

        assertThat(late.get(20, TimeUnit.SECONDS))
                .as("verdicts recorded by the late holder")
                .isEmpty();
        claimed.forEach(invoice -> assertThat(confirmations(invoice.key())).isEqualTo(1));
    }

    private ConfirmationRound round(TaxInterface tax) {
        return new ConfirmationRound(ledger, tax, actions, lease, properties, CLOCK);
    }

    private static int drain(ConfirmationRound round) {
        int recorded = 0;
        List<CheckedInvoice> checked;
        do {
            checked = round.checkNextBatch();
            recorded += checked.size();
        } while (!checked.isEmpty());
        return recorded;
    }

    /** Invoices the tax system shows, in the ledger as UPLOADED and due for a look-up now; nothing else is due. */
    private List<Invoice> visibleAndDue(int count) {
        jdbc.sql("UPDATE ledger SET next_check_at = NULL").update();
        List<Invoice> invoices =
                IntStream.range(0, count).mapToObj(i -> TestInvoices.invoice()).toList();
        sandbox.upload(invoices);
        OffsetDateTime now = OffsetDateTime.now(CLOCK);
        invoices.forEach(invoice -> jdbc.sql("""
                        INSERT INTO ledger (seller_tax_id, invoice_number, state, total_amount, total_tax, issued_at,
                                            upstream_version, uploaded_at, next_check_at)
                        VALUES (:seller, :number, 'UPLOADED', :amount, :tax, :issuedAt, 1, :uploadedAt, :now)
                        """)
                .param("seller", invoice.key().sellerTaxId())
                .param("number", invoice.key().invoiceNumber())
                .param("amount", invoice.totalAmount())
                .param("tax", invoice.totalTax())
                .param("issuedAt", invoice.issuedAt())
                .param("uploadedAt", now.minusMinutes(1))
                .param("now", now)
                .update());
        return invoices;
    }

    private List<String> lockedNow(List<Invoice> invoices) {
        return jdbc.sql("SELECT invoice_number FROM ledger WHERE invoice_number IN (:numbers) FOR UPDATE NOWAIT")
                .param(
                        "numbers",
                        invoices.stream().map(i -> i.key().invoiceNumber()).toList())
                .query(String.class)
                .list();
    }

    private int confirmations(InvoiceKey key) {
        return jdbc.sql("""
                        SELECT count(*) FROM timeline
                         WHERE seller_tax_id = :seller AND invoice_number = :number AND state = 'CONFIRMED'
                        """)
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(Integer.class)
                .single();
    }

    private String stateOf(InvoiceKey key) {
        return jdbc.sql("SELECT state FROM ledger WHERE seller_tax_id = :seller AND invoice_number = :number")
                .param("seller", key.sellerTaxId())
                .param("number", key.invoiceNumber())
                .query(String.class)
                .single();
    }

    /** A tax side that takes the look-up and answers only when the test lets it: a holder stuck mid-call. */
    private static final class StalledLookups implements TaxInterface {

        final CountDownLatch asked = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);
        private final TaxInterface tax;

        StalledLookups(TaxInterface tax) {
            this.tax = tax;
        }

        @Override
        public List<TaxRecord> lookup(List<InvoiceKey> keys) {
            asked.countDown();
            try {
                answer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return tax.lookup(keys);
        }

        @Override
        public List<UploadResult> upload(List<Invoice> invoices) {
            return tax.upload(invoices);
        }

        @Override
        public TaxSummary summarize(String sellerTaxId, LocalDateTime from, LocalDateTime to, int buckets) {
            return tax.summarize(sellerTaxId, from, to, buckets);
        }

        @Override
        public TaxRecordPage list(String sellerTaxId, LocalDateTime from, LocalDateTime to, String cursor, int size) {
            return tax.list(sellerTaxId, from, to, cursor, size);
        }
    }
}
