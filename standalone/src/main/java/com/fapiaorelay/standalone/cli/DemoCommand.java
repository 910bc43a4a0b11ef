package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.sandbox.fault.FaultSettings;
import com.fapiaorelay.standalone.demo.Demo;
import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.StackSettings;
import com.fapiaorelay.standalone.stack.Timings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./fapiao demo}: invoices through the whole stack on the documented ports, every one accounted for. */
@Command(
        name = "demo",
        showDefaultValues = true,
        header = "演示 / invoices through the whole stack, each accounted for",
        description = "Publishes invoices as an ERP would, on the documented ports with data in data/, and follows"
                + " each until it is confirmed or with a human and an alert. Exit code 1 if any is unaccounted for;"
                + " report in data/demo-report.json.")
final class DemoCommand implements Callable<Integer> {

    @Option(
            names = "--invoices",
            paramLabel = "N",
            defaultValue = "1000",
            converter = OptionValues.Positive.class,
            description = "发票数 / how many invoices")
    int invoices;

    @Option(
            names = "--faults",
            paramLabel = "NAME=VALUE,...",
            converter = OptionValues.Faults.class,
            description = "税务沙箱故障 / sandbox faults, e.g. error-rate=0.05,silent-loss-rate=0.01,seed=7"
                    + " (names in docs/tax-interface.md)")
    FaultSettings faults;

    @Option(
            names = "--timeout-seconds",
            paramLabel = "S",
            defaultValue = "600",
            converter = OptionValues.Positive.class,
            description = "最长等待 / how long to wait for every invoice to settle")
    int timeoutSeconds;

    @Mixin
    ChannelOption channel;

    @Override
    public Integer call() throws Exception {
        System.out.println("启动嵌入式环境 / starting Kafka, PostgreSQL, sandbox and services (data in ./data) ...");
        Map<String, String> settings = channel.settings(Timings.DEMO);
        if (faults != null) {
            faults.asMap().forEach((name, value) -> settings.put("fapiao.sandbox.faults." + name, value));
            System.out.println("税务接口故障注入 / sandbox faults: " + faults);
        }
        try (EmbeddedStack stack = EmbeddedStack.start(StackSettings.persistent(FapiaoCommand.DATA, settings))) {
            boolean accounted = Demo.run(
                    stack,
                    invoices,
                    Duration.ofSeconds(timeoutSeconds),
                    FapiaoCommand.DATA.resolve("demo-report.json"),
                    System.out);
            return accounted ? 0 : 1;
        }
    }
}
