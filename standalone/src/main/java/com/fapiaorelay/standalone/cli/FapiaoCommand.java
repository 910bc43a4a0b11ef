package com.fapiaorelay.standalone.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ./fapiao COMMAND}: the jar's entry point. Each command is a subcommand with its own {@code --help}; a
 * mistake on the command line is one line in Chinese and English and exit code 2 ({@link UserMistakes}).
 */
@Command(
        name = "./fapiao",
        description = "发票中继 / Fapiao Relay: 演示、运行、测量、检查 / demo, run, measure and check the stack.",
        synopsisSubcommandLabel = "COMMAND",
        usageHelpAutoWidth = true,
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            ValidateCommand.class,
            ExtractCommand.class,
            ImportCommand.class,
            BenchCommand.class,
            ClusterCommand.class,
            ChaosCommand.class,
            ScaleCommand.class,
            RoleCommand.class,
            CompletionCommand.class
        },
        footer = {
            "",
            "./fapiao test            运行全部测试 / runs every test (scripts/test)",
            "./fapiao COMMAND --help  每个命令的选项 / a command's options"
        })
public final class FapiaoCommand implements Callable<Integer> {

    /** Where the commands on the documented ports keep their data and reports. */
    static final Path DATA = Path.of("data");

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            scope = ScopeType.INHERIT,
            description = "显示帮助 / show this help")
    boolean help;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new FapiaoCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExpandAtFiles(false)
                .setParameterExceptionHandler(new UserMistakes());
    }

    /** No command given: the list of commands, and the exit code of a mistake. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLine.ExitCode.USAGE;
    }
}
