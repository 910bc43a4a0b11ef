package com.fapiaorelay.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.tax.TaxChannel;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command lines README.md, docs/ and .ci/run show still parse, each value typed as it is meant. */
class DocumentedCommandLinesTest {

    @Test
    void ciClusterCampaign() {
        ChaosCommand chaos = parse(ChaosCommand.class, "chaos --cluster --invoices 3000 --per-second 15 --rounds 1");

        assertThat(chaos.cluster).isTrue();
        assertThat(chaos.invoices).isEqualTo(3000);
        assertThat(chaos.perSecond).isEqualTo(15);
        assertThat(chaos.rounds).isEqualTo(1);
        assertThat(chaos.seed).isEqualTo(7);
    }

    @Test
    void chaosLeavesPaceAndRoundsToThePlan() {
        ChaosCommand chaos = parse(ChaosCommand.class, "chaos --seed 11");

        assertThat(chaos.perSecond).isNull();
        assertThat(chaos.rounds).isNull();
        assertThat(chaos.invoices).isEqualTo(100_000);
    }

    @Test
    void demoWithFaultsOverTheLeqiChannel() {
        DemoCommand demo = parse(
                DemoCommand.class,
                "demo --channel leqi --faults error-rate=0.05,silent-loss-rate=0.01 --invoices 5000");

        assertThat(demo.channel.channel).isEqualTo(TaxChannel.LEQI);
        assertThat(demo.faults.asMap()).containsEntry("error-rate", "0.05").containsEntry("silent-loss-rate", "0.01");
        assertThat(demo.invoices).isEqualTo(5000);
        assertThat(demo.timeoutSeconds).isEqualTo(600);
    }

    @Test
    void demoDefaultsToTheReferenceChannelAndNoFaults() {
        DemoCommand demo = parse(DemoCommand.class, "demo");

        assertThat(demo.channel.channel).isEqualTo(TaxChannel.REFERENCE);
        assertThat(demo.faults).isNull();
        assertThat(demo.invoices).isEqualTo(1000);
    }

    @Test
    void benchAsDocsBenchmarksRunsIt() {
        BenchCommand bench = parse(BenchCommand.class, "bench --invoices 30000 --offered-seconds 10");

        assertThat(bench.invoices).isEqualTo(30_000);
        assertThat(bench.offeredSeconds).isEqualTo(10);
        assertThat(bench.offeredPerSecond).isEqualTo(1000);
        assertThat(bench.channel.channel).isEqualTo(TaxChannel.REFERENCE);
    }

    @Test
    void importWithItsKey() {
        ImportCommand imports = parse(ImportCommand.class, "import backlog.csv --api-key KEY");

        assertThat(imports.file).isEqualTo(Path.of("backlog.csv"));
        assertThat(imports.apiKey).isEqualTo("KEY");
        assertThat(imports.url).isEqualTo(URI.create("http://localhost:8081"));
    }

    @Test
    void theClustersRoleProcess() {
        RoleCommand role = parse(RoleCommand.class, "role kafka-2 data/cluster");

        assertThat(role.name).isEqualTo("kafka-2");
        assertThat(role.directory).isEqualTo(Path.of("data/cluster"));
    }

    private static <T> T parse(Class<T> command, String line) {
        return command.cast(FapiaoCommand.commandLine()
                .parseArgs(line.split(" "))
                .subcommand()
                .commandSpec()
                .userObject());
    }
}
