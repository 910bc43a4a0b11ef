package com.fapiaorelay.standalone.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** A file named on the command line: one that is not there to read is the person's mistake, not a stack trace. */
final class InputFiles {

    private InputFiles() {}

    static Path existing(CommandSpec spec, Path file) {
        if (!Files.exists(file)) {
            throw UserMistakes.of(spec.commandLine(), "找不到文件", "no such file: " + file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw UserMistakes.of(spec.commandLine(), "无法读取", "not a readable file: " + file);
        }
        return file;
    }

    static byte[] read(CommandSpec spec, Path file) throws IOException {
        return Files.readAllBytes(existing(spec, file));
    }
}
