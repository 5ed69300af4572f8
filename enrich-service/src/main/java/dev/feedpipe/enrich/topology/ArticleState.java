package dev.feedpipe.enrich.topology;

/**
 * What the enricher remembers of an article: the newest revision it enriched or deleted, a hash of
 * that revision's content, and the fingerprint of the extractor that enriched it. Stored as text in a
 * changelogged state store, so a restarted or moved task keeps it. A deletion is remembered too (with
 * an empty hash), so an older revision arriving after it does not bring the article back.
 */
record ArticleState(long revision, String contentHash, String extractorFingerprint, boolean deleted) {

    static ArticleState deletedAt(long revision) {
        return new ArticleState(revision, "", "", true);
    }

    String encode() {
        return revision + "|" + contentHash + "|" + extractorFingerprint + (deleted ? "|deleted" : "");
    }

    static ArticleState decode(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\|", 4);
        if (parts.length < 3) {
            return null;
        }
        return new ArticleState(Long.parseLong(parts[0]), parts[1], parts[2], parts.length == 4);
    }
}
