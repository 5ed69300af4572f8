package dev.feedpipe.enrich.topology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A stand-in for the registry serde in topology tests: the Confluent wire format (magic byte, schema
 * id, Avro binary) with one known schema id. Bytes with another id fail as an unknown schema would.
 */
final class WireFormatTestSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final int schemaId;
    /** While set, reading fails the way it does when the registry cannot be reached. */
    volatile boolean registryAway;

    WireFormatTestSerde(Class<T> type, int schemaId) {
        this.type = type;
        this.schemaId = schemaId;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(0);
                out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
                BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
                new SpecificDatumWriter<>(type).write(value, encoder);
                encoder.flush();
                return out.toByteArray();
            } catch (IOException e) {
                throw new SerializationException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (registryAway) {
                throw new RuntimeException(
                        new ExecutionException(new ConnectException("Connection refused: /127.0.0.1:8081")));
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (bytes.length < 5 || buffer.get() != 0) {
                throw new SerializationException("unknown magic byte");
            }
            int id = buffer.getInt();
            if (id != schemaId) {
                throw new SerializationException("unknown schema id " + id);
            }
            try {
                BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);
                return new SpecificDatumReader<>(type).read(null, decoder);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("undecodable Avro: " + e.getMessage(), e);
            }
        };
    }
}
