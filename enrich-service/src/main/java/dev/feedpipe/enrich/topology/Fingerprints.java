package dev.feedpipe.enrich.topology;

import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.schema.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes that tell whether an article or the extractor changed. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** Everything of a raw article that can change its enriched form, except the revision itself. */
    static String content(RawArticle raw) {
        return sha256(String.join("\u0000", raw.getTitle(), raw.getBody(), raw.getFormat().name(),
                String.valueOf(raw.getAuthor()), String.valueOf(raw.getCategory()), String.join("\u0001", raw.getTags()),
                String.valueOf(raw.getSourceUrl()), String.valueOf(raw.getPublishedAt())));
    }

    /** The extractor's version and settings: when they change, a replay re-enriches every article. */
    public static String extractor(ExtractorSettings settings) {
        return sha256(String.join("\u0000", Extractor.VERSION, settings.placeholders().toString(),
                Integer.toString(settings.summaryLength()), settings.taxonomy().toString())).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
