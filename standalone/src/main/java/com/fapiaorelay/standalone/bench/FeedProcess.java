package com.fapiaorelay.standalone.bench;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.standalone.bench.Feed.Run;
import com.fapiaorelay.standalone.stack.ThisProgram;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link Feed} in a process of its own, the same java and jar as this one, kept for all the bench's runs so that its
 * JVM is warm for the measured ones: {@link #prepare} returns once the feed has serialised a run's events, so that
 * the bench can begin measuring only then; {@link #go} lets it publish them and answers its {@link Run}.
 */
final class FeedProcess implements AutoCloseable {

    /** How the line with the run starts, among whatever else the process prints. */
    private static final String RUN_LINE = "{\"handedOverPerSecond\"";

    private final Process process;
    private final BufferedReader output;
    private final OutputStream input;

    private FeedProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = process.getOutputStream();
    }

    static FeedProcess start(String bootstrapServers) {
        try {
            return new FeedProcess(new ProcessBuilder(command(bootstrapServers))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start the bench's feed process", e);
        }
    }

    /** Orders {@code count} invoices, paced at {@code perSecond} or flat out at 0, and waits until they are ready. */
    void prepare(int count, int perSecond) {
        try {
            send(count + " " + perSecond);
            readUntil(Feed.READY);
        } catch (IOException e) {
            throw new IllegalStateException("lost the bench's feed process", e);
        }
    }

    /** Publishes what {@link #prepare} ordered and answers the run once all its invoices are CONFIRMED. */
    Run go() {
        try {
            send("go");
            return FapiaoJson.mapper().readValue(readUntil(RUN_LINE), Run.class);
        } catch (IOException e) {
            throw new IllegalStateException("lost the bench's feed process", e);
        }
    }

    /** {@link #prepare} and {@link #go} at once, for a run that is not measured from here. */
    Run run(int count, int perSecond) {
        prepare(count, perSecond);
        return go();
    }

    @Override
    public void close() throws InterruptedException, IOException {
        input.close();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the bench's feed process did not end with its input");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the bench's feed process exited with " + process.exitValue());
        }
    }

    private void send(String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    private String readUntil(String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the bench's feed process ended before printing " + prefix);
    }

    // a run's events are serialised before it starts: 200,000 invoices (the default) are ~600 MB of UTF-16 strings
    private static List<String> command(String bootstrapServers) {
        return ThisProgram.command(
                List.of("-Xmx2g", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"),
                List.of("bench", "--feed", bootstrapServers));
    }
}
