package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceKey;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.standalone.stack.DemoInvoices;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Feeds the campaign's invoices at a steady pace on its own thread, as ERPs keep issuing during an outage. */
final class ChaosFeed {

    private final ChaosPlan plan;
    private final ChaosErp erp;
    private final List<InvoiceKey> keys = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger published = new AtomicInteger();
    private final Thread thread;
    private volatile int unacknowledged;

    private ChaosFeed(ChaosPlan plan, ChaosErp erp) {
        this.plan = plan;
        this.erp = erp;
        this.thread = new Thread(this::feed, "chaos-feed");
    }

    static ChaosFeed start(String bootstrapServers, ChaosPlan plan) {
        ChaosFeed feed = new ChaosFeed(plan, new ChaosErp(bootstrapServers));
        feed.thread.start();
        return feed;
    }

    int published() {
        return published.get();
    }

    /** Waits for the last invoice to be handed over and acknowledged; answers every key fed. */
    List<InvoiceKey> finish() throws InterruptedException {
        thread.join();
        return List.copyOf(keys);
    }

    /** Invoices Kafka never acknowledged, even after publishing them again. */
    int unacknowledged() {
        return unacknowledged;
    }

    private void feed() {
        // a prefix from the seed, so a rerun with the same seed issues the same invoice numbers
        var invoices = new DemoInvoices(
                plan.seed(), String.format("%07d", plan.seed() % 10_000_000), 1, BusinessDays.systemClock());
        long started = System.nanoTime();
        try (erp) {
            for (int i = 0; i < plan.invoices(); i++) {
                pace(started, i);
                Invoice invoice = invoices.next();
                keys.add(invoice.key());
                erp.publish(invoice);
                published.incrementAndGet();
            }
            unacknowledged = erp.flush();
        }
    }

    private void pace(long started, int index) {
        long due = started + index * 1_000_000_000L / plan.perSecond();
        long wait = due - System.nanoTime();
        if (wait > 1_000_000) {
            try {
                Thread.sleep(wait / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("feed interrupted", e);
            }
        }
    }
}
