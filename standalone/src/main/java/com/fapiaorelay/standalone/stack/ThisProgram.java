package com.fapiaorelay.standalone.stack;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How to start another process of this program: the same java, and the same jar or, run from classes, class path. */
public final class ThisProgram {

    /** The command line's entry, for a class path of directories (tests, an IDE); named, since stack sits below cli. */
    private static final String MAIN = "com.fapiaorelay.standalone.cli.FapiaoCommand";

    private ThisProgram() {}

    /** {@code java JVM_OPTIONS -jar THIS_JAR ARGUMENTS}, as {@code ./fapiao ARGUMENTS} would run. */
    public static List<String> command(List<String> jvmOptions, List<String> arguments) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, MAIN));
        }
        command.addAll(arguments);
        return command;
    }
}
