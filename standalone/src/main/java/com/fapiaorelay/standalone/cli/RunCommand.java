package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.standalone.stack.EmbeddedStack;
import com.fapiaorelay.standalone.stack.StackSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./fapiao run}: the stack on the documented ports, data in ./data, until Ctrl-C. */
@Command(
        name = "run",
        header = "运行 / start the stack and stay up until Ctrl-C",
        description = "Starts Kafka, PostgreSQL, the sandbox, the services and the console on the documented ports,"
                + " data in ./data, and prints each address.")
final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        EmbeddedStack stack = EmbeddedStack.start(StackSettings.persistent(FapiaoCommand.DATA, Map.of()));
        System.out.println(
                "控制台 / console: " + stack.consoleUrl() + "  (clerk / fapiao-clerk, supervisor / fapiao-reviewer)");
        System.out.println("Kafka bootstrap:  " + stack.kafkaBootstrapServers());
        System.out.println("upload-service:   " + stack.uploadUrl());
        System.out.println("sync-service:     " + stack.syncUrl());
        System.out.println("alert-service:    " + stack.alertUrl());
        System.out.println("tax-sandbox:      " + stack.sandboxUrl());
        UntilStopped.await(stack);
        return 0;
    }
}
