package dev.feedpipe.cli.dlq;

import dev.feedpipe.schema.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/** One record of the dead-letter topic, read as an operator sees it. */
record DeadLetter(int partition, long offset, Instant time, byte[] key, byte[] value, Headers headers) {

    static DeadLetter of(ConsumerRecord<byte[], byte[]> record) {
        return new DeadLetter(
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                record.key(),
                record.value(),
                record.headers());
    }

    /** Where it sits in the dead-letter topic: what the re-drive memory is keyed by. */
    String position() {
        return partition + ":" + offset;
    }

    String keyText() {
        return key == null ? "-" : new String(key, StandardCharsets.UTF_8);
    }

    String stage() {
        return DeadLetterHeaders.stage(headers);
    }

    String reason() {
        return DeadLetterHeaders.reason(headers);
    }

    /** The topic the refused record was read from, if the dead letter says. */
    Optional<String> origin() {
        return DeadLetterHeaders.text(headers, DeadLetterHeaders.TOPIC);
    }

    String originPosition() {
        return origin().orElse("?") + "["
                + DeadLetterHeaders.text(headers, DeadLetterHeaders.PARTITION).orElse("?") + "]@"
                + DeadLetterHeaders.text(headers, DeadLetterHeaders.OFFSET).orElse("?");
    }
}
