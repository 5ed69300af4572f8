package dev.feedpipe.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** What the enricher counts. */
public final class EnrichMetrics {

    final Counter enriched;
    final Counter tombstones;
    final Counter stale;
    final Counter duplicates;
    final Timer latency;

    public EnrichMetrics(MeterRegistry registry) {
        enriched = Counter.builder("enrich.records.enriched")
                .description("Raw articles turned into entries")
                .register(registry);
        tombstones = Counter.builder("enrich.records.tombstones")
                .description("Deletions passed on")
                .register(registry);
        stale = Counter.builder("enrich.records.skipped")
                .tag("reason", "stale")
                .description("Records older than the revision already enriched")
                .register(registry);
        duplicates = Counter.builder("enrich.records.skipped")
                .tag("reason", "duplicate")
                .description("Re-posts of an already enriched revision")
                .register(registry);
        latency = Timer.builder("enrich.process.latency")
                .description("Extraction time per article")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }
}
