package com.fapiaorelay.sync.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * Stamps every record sync-service produces with a header naming it, so its own status events coming back from the
 * topic are passed over unread: a third of the status events, which the ledger recorded when it wrote them. Kafka
 * creates it from {@code interceptor.classes} in the producer's configuration, hence public. An event without the
 * stamp is read whatever its source, and one of our source is still ignored after reading.
 */
public class OwnEventStamp implements ProducerInterceptor<String, String> {

    static final String HEADER = "fapiao-producer";
    private static final byte[] OWN = Ledger.OWN_SOURCE.getBytes(StandardCharsets.UTF_8);

    static boolean isOwn(ConsumerRecord<String, String> record) {
        Header stamp = record.headers().lastHeader(HEADER);
        return stamp != null && Arrays.equals(stamp.value(), OWN);
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        record.headers().add(HEADER, OWN);
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        // nothing to do once sent
    }

    @Override
    public void close() {
        // holds nothing
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // needs no configuration
    }
}
