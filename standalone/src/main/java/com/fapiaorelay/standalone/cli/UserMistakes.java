package com.fapiaorelay.standalone.cli;

import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A person's mistake on the command line (an unknown option, a missing or unreadable file, a number that is not one):
 * one line on stderr in Chinese and English naming the command's help, exit code 2, never a stack trace.
 */
final class UserMistakes implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine command = mistake.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().printf("%s: %s%s — %s --help%n", name, describe(mistake), suggestions(mistake), name);
        command.getErr().flush();
        return ExitCode.USAGE;
    }

    /** A mistake the commands find themselves, its message already in both languages. */
    static ParameterException of(CommandLine command, String zh, String en) {
        return new Bilingual(command, zh + " / " + en);
    }

    private static String describe(ParameterException mistake) {
        if (mistake.getCause() instanceof TypeConversionException invalid && mistake.getArgSpec() != null) {
            return "值无效 / invalid value for " + label(mistake.getArgSpec()) + ": " + invalid.getMessage();
        }
        if (mistake.getCause() != null && mistake.getArgSpec() != null) {
            return "值无效 / " + mistake.getMessage();
        }
        if (mistake instanceof UnmatchedArgumentException) {
            return "未知的选项或参数 / " + mistake.getMessage();
        }
        if (mistake instanceof MissingParameterException) {
            return "缺少参数 / " + mistake.getMessage();
        }
        return mistake instanceof Bilingual ? mistake.getMessage() : "用法错误 / " + mistake.getMessage();
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String suggestions(ParameterException mistake) {
        return mistake instanceof UnmatchedArgumentException unmatched
                        && !unmatched.getSuggestions().isEmpty()
                ? "（是否想用 / did you mean: " + String.join(", ", unmatched.getSuggestions()) + "?）"
                : "";
    }

    private static final class Bilingual extends ParameterException {

        Bilingual(CommandLine command, String message) {
            super(command, message);
        }
    }
}
