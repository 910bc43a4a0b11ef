package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.bench.Bench;
import com.fapiaorelay.standalone.bench.Feed;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./fapiao bench}: the measurements of docs/benchmarks.md on a stack on temporary storage. */
@Command(
        name = "bench",
        showDefaultValues = true,
        header = "测量 / measure cost per invoice, throughput and latency",
        description = "On a stack on temporary storage; prints the tables of docs/benchmarks.md (CPU per invoice of"
                + " each component, Kafka and PostgreSQL writes, rates, latencies), figures in data/bench-report.json.")
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--invoices",
            paramLabel = "N",
            defaultValue = "200000",
            converter = OptionValues.Positive.class,
            description = "饱和测量的发票数 / invoices for the saturation run")
    int invoices;

    @Option(
            names = "--warm-up-invoices",
            paramLabel = "N",
            defaultValue = "5000",
            converter = OptionValues.Positive.class,
            description = "预热发票数 / invoices through the pipeline before anything is measured")
    int warmUp;

    @Option(
            names = "--offered-per-second",
            paramLabel = "R",
            defaultValue = "1000",
            converter = OptionValues.Positive.class,
            description = "延迟测量的投递速率 / pace of the latency run, invoices per second")
    int offeredPerSecond;

    @Option(
            names = "--offered-seconds",
            paramLabel = "S",
            defaultValue = "30",
            converter = OptionValues.Positive.class,
            description = "延迟测量时长 / how long the latency run is fed")
    int offeredSeconds;

    @Option(
            names = "--idle-seconds",
            paramLabel = "S",
            defaultValue = "30",
            converter = OptionValues.Positive.class,
            description = "空闲成本测量时长 / how long the idle stack's cost is measured")
    int idleSeconds;

    @Option(
            names = "--feed",
            paramLabel = "BOOTSTRAP",
            description = "内部用 / internal: only be the bench's feed process (ERP and status watcher) for the broker"
                    + " at BOOTSTRAP, serving the runs the bench orders on standard input; the bench starts it")
    String feed;

    @Mixin
    ChannelOption channel;

    @Override
    public Integer call() throws Exception {
        if (feed != null) {
            Feed.serve(feed, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
            return 0;
        }
        System.out.println("启动嵌入式环境 / starting the embedded stack on temporary storage ...");
        try (EmbeddedStack stack = EmbeddedStack.start(Bench.settings(channel.settings(Bench.TIMINGS)))) {
            Bench.run(
                    stack,
                    new Bench.Plan(
                            warmUp,
                            invoices,
                            offeredPerSecond,
                            Duration.ofSeconds(offeredSeconds),
                            Duration.ofSeconds(idleSeconds)),
                    FapiaoCommand.DATA.resolve("bench-report.json"),
                    System.out);
            return 0;
        }
    }
}
