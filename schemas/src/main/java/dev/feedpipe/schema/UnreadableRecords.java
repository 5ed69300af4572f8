package dev.feedpipe.schema;

import com.microsoft.kiota.ApiException;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.avro.Schema;

/**
 * Says, in words a person can act on, why a record's value could not be read: what is wrong with the
 * bytes and what to do, instead of what the deserializer threw ("artifact reference cannot be null",
 * a registry client's class name, "java.io.EOFException"). The reason of the dead letter.
 */
public final class UnreadableRecords {

    private static final int HEADER_BYTES = 5;
    private static final int MAX_DEPTH = 16;
    private static final String PRODUCE_HINT =
            "produce it with a Confluent-compatible Avro serializer through the registry";

    private UnreadableRecords() {}

    /**
     * Why {@code value} could not be read as a record of {@code schema} (the reader's schema, used to
     * find where an Avro body breaks off), given what the deserializer threw.
     */
    public static String reason(byte[] value, Schema schema, Throwable failure) {
        if (value == null || value.length == 0) {
            return "the value is empty: an article is a magic byte, a 4-byte schema id and an Avro body";
        }
        if (value[0] != 0) {
            return String.format(
                    "not in the Confluent wire format: first byte 0x%02x, expected 0x00; %s",
                    value[0] & 0xff, PRODUCE_HINT);
        }
        if (value.length < HEADER_BYTES) {
            return "only " + value.length
                    + " bytes: the Confluent wire format needs a magic byte and a 4-byte schema id"
                    + " before the Avro body";
        }
        int schemaId = ByteBuffer.wrap(value, 1, 4).getInt();
        if (isNotFound(failure)) {
            return "schema id " + schemaId + " is not in the registry; register the schema the producer used"
                    + " (or produce with a registered one), then re-drive the record";
        }
        return avroProblem(value, schemaId, schema)
                .orElse("cannot be read with schema id " + schemaId + ": " + rootMessage(failure));
    }

    private static boolean isNotFound(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH; cause = cause.getCause(), depth++) {
            if (cause instanceof ApiException api && api.getResponseStatusCode() == 404) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the body field by field, so that a body that breaks off names the field it broke off in.
     * A walk of its own rather than Avro's reader: a corrupt length must not make it allocate gigabytes.
     */
    private static Optional<String> avroProblem(byte[] value, int schemaId, Schema schema) {
        int bodyLength = value.length - HEADER_BYTES;
        Walk walk = new Walk(value, HEADER_BYTES);
        for (Schema.Field field : schema.getFields()) {
            int before = walk.position - HEADER_BYTES;
            try {
                walk.skip(field.schema());
            } catch (Truncated e) {
                return Optional.of("Avro body ends after " + bodyLength + " bytes, while reading field `" + field.name()
                        + "` (which starts at byte " + before + "); the record was cut short");
            } catch (Malformed e) {
                return Optional.of("Avro body (schema id " + schemaId + ") does not decode at field `" + field.name()
                        + "` (byte " + before + "): " + e.getMessage());
            }
        }
        if (walk.position < value.length) {
            return Optional.of("Avro body has " + (value.length - walk.position)
                    + " bytes left after its last field as " + schema.getName() + "; schema id " + schemaId
                    + " may not be a " + schema.getName() + " schema");
        }
        return Optional.empty();
    }

    /** The body ended inside a value. */
    private static final class Truncated extends Exception {
        Truncated() {
            super(null, null, false, false);
        }
    }

    /** A value that no writer of the schema could have written. */
    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Skips Avro binary values of a schema over a byte array, without allocating them. */
    private static final class Walk {
        private final byte[] bytes;
        private int position;

        Walk(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        void skip(Schema schema) throws Truncated, Malformed {
            switch (schema.getType()) {
                case NULL -> {}
                case BOOLEAN -> advance(1);
                case INT, LONG, ENUM -> varint();
                case FLOAT -> advance(4);
                case DOUBLE -> advance(8);
                case FIXED -> advance(schema.getFixedSize());
                case STRING, BYTES -> advance(length(varint()));
                case RECORD -> {
                    for (Schema.Field field : schema.getFields()) {
                        skip(field.schema());
                    }
                }
                case UNION -> {
                    long branch = varint();
                    if (branch < 0 || branch >= schema.getTypes().size()) {
                        throw new Malformed("union branch " + branch + " of "
                                + schema.getTypes().size());
                    }
                    skip(schema.getTypes().get((int) branch));
                }
                case ARRAY, MAP -> {
                    for (long count = varint(); count != 0; count = varint()) {
                        if (count < 0) {
                            varint(); // a negative count is followed by the block's size in bytes
                            count = -count;
                        }
                        for (long item = 0; item < count; item++) {
                            if (schema.getType() == Schema.Type.MAP) {
                                advance(length(varint()));
                            }
                            skip(schema.getType() == Schema.Type.MAP ? schema.getValueType() : schema.getElementType());
                        }
                    }
                }
            }
        }

        private int length(long length) throws Malformed {
            if (length < 0 || length > Integer.MAX_VALUE) {
                throw new Malformed("negative or huge length " + length);
            }
            return (int) length;
        }

        private void advance(int count) throws Truncated {
            if (count > bytes.length - position) {
                throw new Truncated();
            }
            position += count;
        }

        /** A zig-zag variable-length long. */
        private long varint() throws Truncated, Malformed {
            long raw = 0;
            for (int shift = 0; ; shift += 7) {
                if (position >= bytes.length) {
                    throw new Truncated();
                }
                if (shift > 63) {
                    throw new Malformed("a number longer than 10 bytes");
                }
                byte b = bytes[position++];
                raw |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return (raw >>> 1) ^ -(raw & 1);
                }
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
