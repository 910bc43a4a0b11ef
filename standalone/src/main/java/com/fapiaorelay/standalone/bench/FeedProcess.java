package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.bench.Feed.Run;
import com.fapiaorelay.standalone.stack.ThisProgram;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link Feed} in a process of its own, the same java and jar as this one: started, it waits until the feed is ready
 * (its JVM up, its watcher following the status topic), so that the bench can begin measuring only then; {@link #go}
 * lets it publish and answers its {@link Run}.
 */
final class FeedProcess {

    /** How the line with the run starts, among whatever else the process prints. */
    private static final String RUN_LINE = "{\"handedOverPerSecond\"";

    private final Process process;
    private final BufferedReader output;

    private FeedProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static FeedProcess start(String bootstrapServers, int count, int perSecond) {
        try {
            var feed = new FeedProcess(new ProcessBuilder(command(bootstrapServers, count, perSecond))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
            feed.readUntil(Feed.READY);
            return feed;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the bench's feed process", e);
        }
    }

    Run go() throws InterruptedException {
        try {
            process.getOutputStream().write('\n');
            process.getOutputStream().flush();
            String run = readUntil(RUN_LINE);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("the bench's feed process exited with " + process.exitValue());
            }
            return FapiaoJson.mapper().readValue(run, Run.class);
        } catch (IOException e) {
            throw new IllegalStateException("lost the bench's feed process", e);
        }
    }

    private String readUntil(String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the bench's feed process ended before printing " + prefix);
    }

    private static List<String> command(String bootstrapServers, int count, int perSecond) {
        return ThisProgram.command(
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"),
                List.of(
                        "bench",
                        "--feed",
                        bootstrapServers,
                        "--invoices",
                        String.valueOf(count),
                        "--feed-per-second",
                        String.valueOf(perSecond)));
    }
}
