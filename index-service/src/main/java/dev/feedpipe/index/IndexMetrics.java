package dev.feedpipe.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** What the indexer counts. */
public final class IndexMetrics {

    final Counter indexed;
    final Counter deleted;
    final Counter stale;
    final Counter retries;
    final Counter deadLettered;
    final Timer bulkLatency;

    public IndexMetrics(MeterRegistry registry) {
        indexed = Counter.builder("index.documents.indexed")
                .description("Documents written")
                .register(registry);
        deleted = Counter.builder("index.documents.deleted")
                .description("Documents deleted by tombstones")
                .register(registry);
        stale = Counter.builder("index.documents.conflicts")
                .description("Older revisions refused by the external version (expected, not errors)")
                .register(registry);
        retries = Counter.builder("index.bulk.retries")
                .description("Bulk attempts that had to be retried")
                .register(registry);
        deadLettered = Counter.builder("index.records.dead.lettered")
                .description("Records sent to the dead-letter topic")
                .register(registry);
        bulkLatency = Timer.builder("index.bulk.latency")
                .description("Time of one bulk request")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }
}
