package dev.feedpipe.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.ApiException;
import com.microsoft.kiota.ApiExceptionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class UnreadableRecordsTest {

    private static final Exception OPAQUE = new IllegalStateException("artifact reference cannot be null");

    @Test
    void bytesWithoutTheMagicByteSaySoWithTheByteFound() {
        assertThat(UnreadableRecords.reason(
                        "{\"id\":1}".getBytes(StandardCharsets.UTF_8), RawArticle.getClassSchema(), OPAQUE))
                .startsWith("not in the Confluent wire format: first byte 0x7b, expected 0x00");
        assertThat(UnreadableRecords.reason(new byte[0], RawArticle.getClassSchema(), OPAQUE))
                .contains("empty");
        assertThat(UnreadableRecords.reason(new byte[] {0, 0, 1}, RawArticle.getClassSchema(), OPAQUE))
                .startsWith("only 3 bytes");
    }

    @Test
    void aSchemaIdTheRegistryDoesNotKnowIsNamed() {
        ApiException notFound = new ApiExceptionBuilder()
                .withMessage("io.apicurio.registry.rest.client.models.ProblemDetails")
                .withResponseStatusCode(404)
                .build();
        byte[] value =
                ByteBuffer.allocate(9).put((byte) 0).putInt(999_999).putInt(42).array();

        assertThat(UnreadableRecords.reason(
                        value, RawArticle.getClassSchema(), new SerializationException("x", notFound)))
                .startsWith("schema id 999999 is not in the registry");
    }

    @Test
    void aTruncatedBodyNamesTheFieldItEndsIn() throws Exception {
        byte[] whole = wire(RawArticle.newBuilder()
                .setId("a-1")
                .setRevision(3)
                .setTitle("标题")
                .setBody("正文".repeat(20))
                .setFormat(ArticleFormat.MARKDOWN)
                .setTags(List.of())
                .setIngestedAt(Instant.EPOCH)
                .build());
        // id (1 + 3 bytes), revision (1), title (1 + 6), then the body's length and 40 of its 120 bytes
        byte[] cut = Arrays.copyOf(whole, 5 + 12 + 2 + 40);

        assertThat(UnreadableRecords.reason(cut, RawArticle.getClassSchema(), new EOFException()))
                .isEqualTo("Avro body ends after 54 bytes, while reading field `body` (which starts at byte 12);"
                        + " the record was cut short");
    }

    @Test
    void aBodyThatReadsWholeFallsBackToWhatTheDeserializerSaid() throws Exception {
        byte[] whole = wire(RawArticle.newBuilder()
                .setId("a")
                .setRevision(1)
                .setTitle("t")
                .setBody("b")
                .setFormat(ArticleFormat.MARKDOWN)
                .setTags(List.of())
                .setIngestedAt(Instant.EPOCH)
                .build());

        assertThat(UnreadableRecords.reason(
                        whole, RawArticle.getClassSchema(), new SerializationException("odd", OPAQUE)))
                .isEqualTo("cannot be read with schema id 7: IllegalStateException: artifact reference cannot be null");
    }

    private static byte[] wire(RawArticle article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(7).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(RawArticle.class).write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
