package com.fapiaorelay.alert.delivery;

import com.fapiaorelay.alert.lifecycle.GroupNotice;
import com.fapiaorelay.alert.routing.Route;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The enabled channels by name, and which of them a route reaches for a notice. */
@Component
class ChannelChoice {

    private final Map<String, Channel> channels;

    ChannelChoice(List<Channel> channels) {
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
    }

    Channel named(String name) {
        return channels.get(name);
    }

    /** The route's channels, never the channel a failing-channel notice is about: then every other one instead. */
    List<String> channelsFor(GroupNotice notice, Route route) {
        List<String> enabled = enabledNames();
        List<String> chosen = route.channelsAmong(enabled).stream()
                .filter(channel -> !ChannelFailures.isAbout(notice, channel))
                .toList();
        if (chosen.isEmpty() && ChannelFailures.TYPE.equals(notice.anomalyType())) {
            return enabled.stream()
                    .filter(channel -> !ChannelFailures.isAbout(notice, channel))
                    .toList();
        }
        return chosen;
    }

    private List<String> enabledNames() {
        return channels.values().stream()
                .filter(Channel::enabled)
                .map(Channel::name)
                .sorted()
                .toList();
    }
}
