package com.fapiaorelay.standalone.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Records and bytes the embedded broker appended for its producers, per topic, from the counters it publishes over JMX
 * in this JVM ({@code kafka.server:type=BrokerTopicMetrics}, as Kafka's monitoring documentation names them). With one
 * broker there is no replication, so every byte counted was written to a log once.
 */
final class KafkaTraffic {

    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    private KafkaTraffic() {}

    /** Per topic: records and bytes appended since the broker started. */
    static Map<String, Appended> appended() {
        Map<String, Long> records = counts("MessagesInPerSec");
        Map<String, Long> bytes = counts("BytesInPerSec");
        Map<String, Appended> appended = new TreeMap<>();
        bytes.forEach((topic, b) -> appended.put(topic, new Appended(records.getOrDefault(topic, 0L), b)));
        return appended;
    }

    /** The change from {@code earlier} to {@code later}, for the topics that changed. */
    static Map<String, Appended> between(Map<String, Appended> earlier, Map<String, Appended> later) {
        Map<String, Appended> changed = new TreeMap<>();
        later.forEach((topic, now) -> {
            Appended delta = now.minus(earlier.getOrDefault(topic, new Appended(0, 0)));
            if (delta.bytes() > 0) {
                changed.put(topic, delta);
            }
        });
        return changed;
    }

    private static Map<String, Long> counts(String metric) {
        Map<String, Long> counts = new TreeMap<>();
        try {
            var pattern = new ObjectName("kafka.server:type=BrokerTopicMetrics,name=" + metric + ",topic=*");
            for (ObjectName name : SERVER.queryNames(pattern, null)) {
                counts.put(name.getKeyProperty("topic"), ((Number) SERVER.getAttribute(name, "Count")).longValue());
            }
        } catch (JMException e) {
            throw new IllegalStateException("could not read the broker's " + metric, e);
        }
        return counts;
    }

    /** Records and bytes appended to a topic. */
    record Appended(long records, long bytes) {

        Appended minus(Appended earlier) {
            return new Appended(records - earlier.records, bytes - earlier.bytes);
        }

        Appended plus(Appended other) {
            return new Appended(records + other.records, bytes + other.bytes);
        }
    }
}
