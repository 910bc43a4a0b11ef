package com.fapiaorelay.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** docs/erp-integration.md's examples, taken as written and run in a shell, so the guide cannot rot. */
public final class Guide {

    /** The seller the guide's examples name; tests put a seller of their own in its place. */
    public static final String SELLER = "91110108MA01AB3CX1";

    private Guide() {}

    /** The {@code occurrence}-th fenced block of the guide opened by {@code opening} ("```sh"). */
    public static String block(String opening, int occurrence) throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "erp-integration.md"));
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = guide.indexOf(opening + "\n", start + 1);
        }
        int content = start + opening.length() + 1;
        return guide.substring(content, guide.indexOf("```", content));
    }

    /** Runs {@code command} with {@code sh} in {@code directory}, with the environment variables given. */
    public static Result run(Path directory, String command, Map<String, String> environment) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("sh", "-c", command)
                .directory(directory.toFile())
                .redirectErrorStream(true);
        shell.environment().putAll(environment);
        Process process = shell.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(command).isTrue();
        return new Result(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String output) {}
}
