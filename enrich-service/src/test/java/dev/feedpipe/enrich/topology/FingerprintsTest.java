package dev.feedpipe.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static RawArticle.Builder article() {
        return RawArticle.newBuilder()
                .setId("a")
                .setRevision(1)
                .setTitle("标题")
                .setBody("正文")
                .setFormat(ArticleFormat.MARKDOWN)
                .setAuthor("me")
                .setTags(List.of("x", "y"))
                .setSourceUrl("https://x.example/a")
                .setPublishedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-02T00:00:00Z"));
    }

    @Test
    void theContentFingerprintStaysWhatStateStoresHold() {
        // computed by the fingerprint that wrote today's state stores: a changed formula would make every
        // replayed revision look like other content under the same revision
        assertThat(Fingerprints.content(article().build()))
                .isEqualTo("fd9f8fa066fa038c83f9076539b797272475cbf22eea044e559f155dc26b5f19");
    }

    @Test
    void everyFieldButTheRevisionAndTheIngestionTimeCounts() {
        String fingerprint = Fingerprints.content(article().build());
        assertThat(Fingerprints.content(article()
                        .setRevision(2)
                        .setIngestedAt(Instant.EPOCH)
                        .setId("b")
                        .build()))
                .isEqualTo(fingerprint);
        for (RawArticle changed : List.of(
                article().setTitle("别的").build(),
                article().setBody("别的").build(),
                article().setFormat(ArticleFormat.HTML).build(),
                article().setAuthor(null).build(),
                article().setCategory("LLM").build(),
                article().setTags(List.of("x")).build(),
                article().setSourceUrl(null).build(),
                article().setPublishedAt(null).build())) {
            assertThat(Fingerprints.content(changed)).as(changed.toString()).isNotEqualTo(fingerprint);
        }
    }
}
