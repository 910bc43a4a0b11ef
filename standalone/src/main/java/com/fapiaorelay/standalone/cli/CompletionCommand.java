package com.fapiaorelay.standalone.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./fapiao completion}: picocli's generated completion of commands and options, for bash and zsh. */
@Command(
        name = "completion",
        header = "补全 / print the bash and zsh completion script",
        description = "source <(./fapiao completion)")
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("fapiao", spec.root().commandLine()));
        out.flush();
        return 0;
    }
}
