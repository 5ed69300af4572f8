package dev.feedpipe.enrich.topology;

import dev.feedpipe.digest.Sha256;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.schema.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;

/** Hashes that tell whether an article or the extractor changed. */
public final class Fingerprints {

    private Fingerprints() {}

    /** The fields that identify or date a post rather than say what it is. */
    private static final Set<String> NOT_CONTENT = Set.of("id", "revision", "ingestedAt");

    /**
     * Everything of a raw article that can change its enriched form: every field of its schema but
     * {@link #NOT_CONTENT}, so a field added to {@code RawArticle.avsc} counts without a change here. Each
     * value as text ({@code null} as "null", a list joined by U+0001), the fields joined by U+0000 in the
     * schema's order: the state stores hold fingerprints made this way.
     */
    static String content(RawArticle raw) {
        List<String> values = new ArrayList<>();
        for (Schema.Field field : RawArticle.getClassSchema().getFields()) {
            if (!NOT_CONTENT.contains(field.name())) {
                Object value = raw.get(field.pos());
                values.add(
                        value instanceof List<?> list
                                ? String.join(
                                        "\u0001",
                                        list.stream().map(String::valueOf).toList())
                                : String.valueOf(value));
            }
        }
        return Sha256.hex(String.join("\u0000", values), 32);
    }

    /** The extractor's version and settings: when they change, a replay re-enriches every article. */
    public static String extractor(ExtractorSettings settings) {
        return Sha256.hex(
                String.join(
                        "\u0000",
                        Extractor.VERSION,
                        settings.placeholders().toString(),
                        Integer.toString(settings.summaryLength()),
                        settings.taxonomy().toString()),
                8);
    }
}
