package com.fapiaorelay.standalone;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.sandbox.fault.FaultSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./fapiao demo}, {@code run}, {@code bench}, {@code chaos} and {@code cluster}: the embedded default and the
 * multi-process topology from the command line; {@code role} is how the cluster starts each of its processes.
 */
public final class FapiaoCommand {

    private static final Path DATA = Path.of("data");

    private FapiaoCommand() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exitCode = switch (command) {
            case "demo" -> demo(options);
            case "run" -> run();
            case "bench" -> bench(options);
            case "chaos" -> ChaosCommand.run(options);
            case "cluster" -> ClusterCommand.run();
            case "role" -> ClusterProcess.run(options.get(0), Path.of(options.get(1)));
            case "validate" -> ValidateCommand.run(options);
            case "import" -> ImportCommand.run(options);
            case "extract" -> ExtractCommand.run(options);
            default -> usage();
        };
        System.exit(exitCode);
    }

    private static int demo(List<String> options) throws Exception {
        int invoices = Integer.parseInt(option(options, "--invoices", "1000"));
        Duration limit = Duration.ofSeconds(Long.parseLong(option(options, "--timeout-seconds", "600")));
        System.out.println("启动嵌入式环境 / starting Kafka, PostgreSQL, sandbox and services (data in ./data) ...");
        Map<String, String> settings = withChannel(Timings.DEMO, options);
        String faults = option(options, "--faults", "");
        if (!faults.isBlank()) {
            FaultSettings.parse(faults)
                    .asMap()
                    .forEach((name, value) -> settings.put("fapiao.sandbox.faults." + name, value));
            System.out.println("税务接口故障注入 / sandbox faults: " + faults);
        }
        try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.persistent(DATA, settings))) {
            DemoReport report = new Demo(stack, System.out).run(invoices, limit);
            Files.writeString(
                    DATA.resolve("demo-report.json"), FapiaoJson.mapper().writeValueAsString(report));
            new ReportPrinter(System.out).print(report);
            return report.allAccountedFor() ? 0 : 1;
        }
    }

    private static int bench(List<String> options) throws Exception {
        int invoices = Integer.parseInt(option(options, "--invoices", "200000"));
        int offered = Integer.parseInt(option(options, "--offered-per-second", "1000"));
        Duration offeredFor = Duration.ofSeconds(Long.parseLong(option(options, "--offered-seconds", "30")));
        System.out.println("启动嵌入式环境 / starting the embedded stack on temporary storage ...");
        try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.ephemeral(withChannel(Timings.BENCH, options)))) {
            BenchReport report = new Bench(stack, System.out).run(invoices, offered, offeredFor);
            Files.createDirectories(DATA);
            Files.writeString(
                    DATA.resolve("bench-report.json"), FapiaoJson.mapper().writeValueAsString(report));
            new BenchPrinter(System.out).print(report);
            return 0;
        }
    }

    /** {@code --channel leqi} sends every upload over the 乐企 wire to the sandbox (docs/leqi.md). */
    private static Map<String, String> withChannel(Map<String, String> timings, List<String> options) {
        Map<String, String> settings = new HashMap<>(timings);
        String channel = option(options, "--channel", "reference");
        settings.put("fapiao.tax.channel", channel);
        System.out.println("税务接口通道 / tax channel: " + channel);
        return settings;
    }

    private static int run() throws Exception {
        EmbeddedStack stack = EmbeddedStack.start(StackSettings.persistent(DATA, Map.of()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(stack, stopped)));
        System.out.println(
                "控制台 / console: " + stack.consoleUrl() + "  (clerk / fapiao-clerk, supervisor / fapiao-reviewer)");
        System.out.println("Kafka bootstrap:  " + stack.kafkaBootstrapServers());
        System.out.println("upload-service:   " + stack.uploadUrl());
        System.out.println("sync-service:     " + stack.syncUrl());
        System.out.println("alert-service:    " + stack.alertUrl());
        System.out.println("tax-sandbox:      " + stack.sandboxUrl());
        System.out.println("Ctrl-C 停止 / to stop");
        stopped.await();
        return 0;
    }

    private static int usage() {
        System.out.println("usage: ./fapiao demo [--invoices N] [--faults error-rate=0.05,silent-loss-rate=0.01,seed=7]"
                + " [--timeout-seconds S] [--channel reference|leqi]");
        System.out.println("       ./fapiao run");
        System.out.println("       ./fapiao validate FILE.json|FILE.csv [--json]");
        System.out.println("       ./fapiao extract FILE.xml|.ofd|.pdf|.png|.jpg [--json]");
        System.out.println("       ./fapiao import FILE.csv [--url http://localhost:8081] --api-key KEY");
        System.out.println("       ./fapiao cluster");
        System.out.println("       ./fapiao chaos [--cluster] [--invoices N] [--seed S] [--per-second R]");
        System.out.println("       ./fapiao bench [--invoices N] [--offered-per-second R] [--offered-seconds S]"
                + " [--channel reference|leqi]");
        return 2;
    }

    static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }

    private static void closeQuietly(EmbeddedStack stack, CountDownLatch stopped) {
        try {
            stack.close();
        } catch (Exception e) {
            System.err.println("shutdown: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
