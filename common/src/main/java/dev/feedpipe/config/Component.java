package dev.feedpipe.config;

/** What reads settings: the four services, the embedded stack and the command line. */
public enum Component {
    INGEST,
    ENRICH,
    INDEX,
    FEED,
    STACK,
    CLI
}
