package com.fapiaorelay.standalone;

import java.util.List;

/** {@code ./fapiao chaos}: the fault campaign of docs/benchmarks.md. */
final class ChaosCommand {

    private ChaosCommand() {}

    static int run(List<String> options) {
        System.out.println("./fapiao chaos is not built yet");
        return 2;
    }
}
