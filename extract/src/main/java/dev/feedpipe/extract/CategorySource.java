package dev.feedpipe.extract;

/** Who decided an entry's category. */
public enum CategorySource {
    /** The article carried its own category. */
    AUTHOR,
    /** The classifier chose it from the taxonomy. */
    CLASSIFIER
}
