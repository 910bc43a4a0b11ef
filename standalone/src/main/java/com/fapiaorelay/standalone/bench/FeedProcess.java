package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.bench.Feed.Run;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link Feed} in a process of its own, the same java and jar as this one, and reads its {@link Run}. */
final class FeedProcess {

    /** The main class of the jar, for a class path of directories (tests, an IDE). */
    private static final String MAIN = "com.fapiaorelay.standalone.cli.FapiaoCommand";

    /** How the line with the run starts, among whatever else the process prints. */
    private static final String RUN_LINE = "{\"handedOverPerSecond\"";

    private FeedProcess() {}

    static Run run(String bootstrapServers, int count, int perSecond) throws InterruptedException {
        try {
            Process feed = new ProcessBuilder(command(bootstrapServers, count, perSecond))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(feed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> runs =
                    output.lines().filter(line -> line.startsWith(RUN_LINE)).toList();
            if (feed.waitFor() != 0 || runs.size() != 1) {
                throw new IllegalStateException("the bench's feed process failed: " + output);
            }
            return FapiaoJson.mapper().readValue(runs.get(0), Run.class);
        } catch (IOException e) {
            throw new IllegalStateException("could not run the bench's feed process", e);
        }
    }

    private static List<String> command(String bootstrapServers, int count, int perSecond) {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8"));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, MAIN));
        }
        command.addAll(List.of(
                "bench",
                "--feed",
                bootstrapServers,
                "--invoices",
                String.valueOf(count),
                "--feed-per-second",
                String.valueOf(perSecond)));
        return command;
    }
}
