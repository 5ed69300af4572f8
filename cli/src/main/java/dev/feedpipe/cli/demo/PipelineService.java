package dev.feedpipe.cli.demo;

import java.util.List;

/**
 * One of the pipeline's four services as the demo runs it: a separate JVM with the module's own
 * classpath, as in production.
 *
 * @param portVariable the environment variable of its HTTP port (health is served there)
 */
public record PipelineService(String name, String module, String mainClass, String portVariable, int defaultPort) {

    public static final List<PipelineService> ALL = List.of(
            new PipelineService("ingest", "ingest-service", "dev.feedpipe.ingest.IngestService",
                    "FEEDPIPE_INGEST_HTTP_PORT", 8082),
            new PipelineService("enrich", "enrich-service", "dev.feedpipe.enrich.EnrichService",
                    "FEEDPIPE_ENRICH_HTTP_PORT", 8083),
            new PipelineService("index", "index-service", "dev.feedpipe.index.IndexService",
                    "FEEDPIPE_INDEX_HTTP_PORT", 8084),
            new PipelineService("feed", "feed-service", "dev.feedpipe.feed.FeedService",
                    "FEEDPIPE_FEED_HTTP_PORT", 8080));
}
