package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.chaos.ChaosCampaign;
import com.fapiaorelay.standalone.chaos.ChaosPlan;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./fapiao chaos}: the fault campaign of issue 10 in one JVM, or with {@code --cluster} the hard faults of
 * issue 17 on the multi-process topology. Exit code 0 only when the invariant held through every planned disruption.
 */
@Command(
        name = "chaos",
        showDefaultValues = true,
        header = "故障演练 / the fault campaign; exit code 0 only if nothing is lost",
        description = "Invoices flow while the sandbox misbehaves and the services, the broker and PostgreSQL"
                + " restart (or, with --cluster, are killed). Exit code 0 only if every invoice ends accounted for;"
                + " report in data/chaos-report.json.")
final class ChaosCommand implements Callable<Integer> {

    @Option(
            names = "--cluster",
            description = "在多进程集群上 kill -9 / kill -9 and SIGSTOP on the multi-process cluster instead of"
                    + " graceful restarts in one JVM")
    boolean cluster;

    @Option(
            names = "--invoices",
            paramLabel = "N",
            defaultValue = "100000",
            converter = OptionValues.Positive.class,
            description = "发票数 / how many invoices")
    int invoices;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "7",
            description = "随机种子 / decides the invoices, the sandbox's draws and every disruption's moment")
    long seed;

    @Option(
            names = "--per-second",
            paramLabel = "R",
            converter = OptionValues.Positive.class,
            description = "投递速率 / invoices fed per second; default 500, 100 with --cluster")
    Integer perSecond;

    @Option(
            names = "--rounds",
            paramLabel = "K",
            converter = OptionValues.NonNegative.class,
            description = "重启或故障轮数 / restarts of each service; default 3, or 4 rounds of kills with --cluster")
    Integer rounds;

    @Override
    public Integer call() throws Exception {
        ChaosPlan standard = cluster ? ChaosPlan.cluster(invoices, seed) : ChaosPlan.standard(invoices, seed);
        ChaosPlan plan = standard.with(
                Objects.requireNonNullElse(perSecond, standard.perSecond()),
                Objects.requireNonNullElse(rounds, standard.serviceRestarts()));
        return ChaosCampaign.runAndReport(plan, FapiaoCommand.DATA.resolve("chaos-report.json"), System.out) ? 0 : 1;
    }
}
