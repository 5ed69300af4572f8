package dev.feedpipe.enrich.topology;

/**
 * What the enricher remembers of an article: the newest revision it enriched, a hash of that
 * revision's content, and the fingerprint of the extractor that enriched it. Stored as text in a
 * changelogged state store, so a restarted or moved task keeps it.
 */
record ArticleState(long revision, String contentHash, String extractorFingerprint) {

    String encode() {
        return revision + "|" + contentHash + "|" + extractorFingerprint;
    }

    static ArticleState decode(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\|", 3);
        if (parts.length != 3) {
            return null;
        }
        return new ArticleState(Long.parseLong(parts[0]), parts[1], parts[2]);
    }
}
