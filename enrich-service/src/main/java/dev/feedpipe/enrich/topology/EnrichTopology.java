package dev.feedpipe.enrich.topology;

import dev.feedpipe.extract.ArticleInput;
import dev.feedpipe.extract.Extractor;
import dev.feedpipe.extract.ExtractorSettings;
import dev.feedpipe.extract.FeedEntry;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.schema.RawArticle;
import dev.feedpipe.schema.Topics;
import java.time.Clock;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/** articles.raw → extraction → articles.enriched, with the revision store beside it. */
public final class EnrichTopology {

    public static final String REVISION_STORE = "article-revisions";

    private EnrichTopology() {}

    public static Topology build(
            StreamsBuilder builder,
            Topics topics,
            Serde<RawArticle> rawSerde,
            Serde<EnrichedArticle> enrichedSerde,
            ExtractorSettings settings,
            Clock clock,
            EnrichMetrics metrics) {
        return build(
                builder,
                topics,
                rawSerde,
                enrichedSerde,
                new Extractor(settings)::extract,
                Fingerprints.extractor(settings),
                clock,
                metrics);
    }

    /**
     * The topology with the extraction given as a function.
     *
     * @param fingerprint identifies the extraction's rules; when it changes, a replay re-enriches
     */
    public static Topology build(
            StreamsBuilder builder,
            Topics topics,
            Serde<RawArticle> rawSerde,
            Serde<EnrichedArticle> enrichedSerde,
            Function<ArticleInput, FeedEntry> extraction,
            String fingerprint,
            Clock clock,
            EnrichMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(REVISION_STORE), Serdes.String(), Serdes.String()));
        builder.stream(topics.raw(), Consumed.with(Serdes.String(), rawSerde).withName("raw-articles"))
                .process(
                        () -> new EnrichProcessor(extraction, fingerprint, clock, metrics),
                        Named.as("enrich"),
                        REVISION_STORE)
                .to(
                        topics.enriched(),
                        Produced.with(Serdes.String(), enrichedSerde).withName("enriched-articles"));
        return builder.build();
    }
}
