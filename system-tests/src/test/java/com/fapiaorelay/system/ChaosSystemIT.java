package com.fapiaorelay.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.standalone.chaos.ChaosCampaign;
import com.fapiaorelay.standalone.chaos.ChaosPlan;
import com.fapiaorelay.standalone.chaos.ChaosReport;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault campaign in short, on its own stack because it restarts things: 2,000 invoices through 5xx, hangs,
 * silent loss, delayed visibility, quotas and a maintenance window, while upload-service, sync-service, the Kafka
 * broker and PostgreSQL each restart once. Every invoice must end accounted for, every duplicate upload explained.
 */
class ChaosSystemIT {

    /**
     * Hangs at 5%, not the campaigns' 2%: the draws per call depend on how invoices batch, so on a loaded machine 2,000
     * invoices at 2% met no hang at all (CI, 3 December), and every kind of fault must have happened.
     */
    private static final ChaosPlan PLAN =
            new ChaosPlan(2000, 7, 100, 1, Duration.ofSeconds(5), Duration.ofMinutes(3), false, 0.05);

    private static ChaosReport report;

    @BeforeAll
    static void runCampaign() throws Exception {
        report = ChaosCampaign.run(PLAN, System.out);
    }

    @Test
    void everyDisruptionReallyHappened() {
        assertThat(report.disruptions()).hasSize(5);
        assertThat(report.failedDisruptions()).as("%s", report.disruptions()).isZero();
        assertThat(report.injectedFaults())
                .extractingByKeys("errors", "hangs", "silentLosses", "delayed", "maintenanceRefusals")
                .allSatisfy(count -> assertThat(count).isPositive());
    }

    @Test
    void everyInvoiceIsConfirmedOrWithAHumanAndAnAlert() {
        assertThat(report.unaccounted())
                .as("unaccounted for: %s %s", report.unaccountedByReason(), report.unaccountedEvidence())
                .isZero();
        assertThat(report.confirmed() + report.withHumanAndAlert()).isEqualTo(PLAN.invoices());
        assertThat(report.unpublished()).isZero();
    }

    @Test
    void everyDuplicateUploadFollowsAnUnknownOutcome() {
        assertThat(report.duplicatesByVerdict())
                .as("%s", report.duplicateEvidence())
                .doesNotContainKey("UNEXPLAINED");
        assertThat(report.invariantHolds()).isTrue();
    }
}
