package dev.feedpipe.enrich.topology;

import dev.feedpipe.digest.Sha256;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.schema.RawArticle;

/** Hashes that tell whether an article or the extractor changed. */
public final class Fingerprints {

    private Fingerprints() {}

    /** Everything of a raw article that can change its enriched form, except the revision itself. */
    static String content(RawArticle raw) {
        return Sha256.hex(
                String.join(
                        "\u0000",
                        raw.getTitle(),
                        raw.getBody(),
                        raw.getFormat().name(),
                        String.valueOf(raw.getAuthor()),
                        String.valueOf(raw.getCategory()),
                        String.join("\u0001", raw.getTags()),
                        String.valueOf(raw.getSourceUrl()),
                        String.valueOf(raw.getPublishedAt())),
                32);
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
