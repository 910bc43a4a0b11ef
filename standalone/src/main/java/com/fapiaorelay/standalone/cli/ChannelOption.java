package com.fapiaorelay.standalone.cli;

import com.fapiaorelay.common.tax.TaxChannel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --channel reference|leqi}: the wire every upload takes to the sandbox (docs/leqi.md). */
final class ChannelOption {

    @Option(
            names = "--channel",
            defaultValue = "reference",
            paramLabel = "reference|leqi",
            completionCandidates = ChannelOption.Names.class,
            description = "税务接口通道 / tax channel: reference, or leqi (乐企, docs/leqi.md)")
    TaxChannel channel;

    /** {@code timings} with the channel set for every service; says which on the terminal. */
    Map<String, String> settings(Map<String, String> timings) {
        String name = nameOf(channel);
        Map<String, String> settings = new HashMap<>(timings);
        settings.put("fapiao.tax.channel", name);
        System.out.println("税务接口通道 / tax channel: " + name);
        return settings;
    }

    private static String nameOf(TaxChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    /** The channels as they are written on the command line, for completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(TaxChannel.values()).map(ChannelOption::nameOf).iterator();
        }
    }
}
