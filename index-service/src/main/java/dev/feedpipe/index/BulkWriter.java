package dev.feedpipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dev.feedpipe.index.bulk.IndexAction;
import dev.feedpipe.index.bulk.ItemOutcome;
import dev.feedpipe.retry.Outage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch of actions in bulk until every one is done: retriable failures (429, 5xx, timeouts,
 * connection refused) are retried with jittered exponential backoff for as long as it takes, waiting
 * through the caller's {@code wait} (the poll loop keeps its group membership with its partitions
 * paused meanwhile). Stale revisions are counted; rejected documents go to the dead-letter topic.
 */
public final class BulkWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final String writeAlias;
    private final DeadLetters deadLetters;
    private final Outage outage;
    private final IndexMetrics metrics;

    public BulkWriter(
            ElasticsearchClient client,
            String writeAlias,
            DeadLetters deadLetters,
            Outage outage,
            IndexMetrics metrics) {
        this.client = client;
        this.writeAlias = writeAlias;
        this.deadLetters = deadLetters;
        this.outage = outage;
        this.metrics = metrics;
    }

    /**
     * Returns once Elasticsearch has acknowledged (or refused for good) every action.
     *
     * @param wait waits the given milliseconds before a retry
     */
    public void write(List<IndexAction> batch, LongConsumer wait) {
        List<IndexAction> pending = batch;
        while (!pending.isEmpty()) {
            pending = attempt(pending);
            if (!pending.isEmpty()) {
                metrics.retries.increment();
                wait.accept(outage.failed("Elasticsearch did not take " + pending.size() + " actions"));
            }
        }
    }

    /**
     * Makes what was written searchable now. Only a shortcut past the periodic refresh: when it fails,
     * the documents are written all the same and become searchable within a second.
     */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(writeAlias));
        } catch (IOException | RuntimeException e) {
            LOG.debug("refresh after a light batch failed: " + e.getMessage());
        }
    }

    /** One bulk request; returns the actions to try again. */
    private List<IndexAction> attempt(List<IndexAction> actions) {
        long started = System.nanoTime();
        BulkResponse response;
        try {
            response = client.bulk(
                    b -> b.operations(actions.stream().map(this::operation).toList()));
        } catch (IOException e) {
            LOG.warn("Elasticsearch unavailable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); "
                    + actions.size() + " actions wait for a retry");
            return actions;
        } catch (ElasticsearchException e) {
            if (ItemOutcome.of(e.status(), e.error().type(), false) == ItemOutcome.RETRY) {
                LOG.warn("bulk refused with " + e.status() + "; retrying " + actions.size() + " actions");
                return actions;
            }
            throw e;
        } finally {
            metrics.bulkLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        List<IndexAction> retry = new ArrayList<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            handle(actions.get(i), items.get(i), retry);
        }
        return retry;
    }

    private void handle(IndexAction action, BulkResponseItem item, List<IndexAction> retry) {
        String errorType = item.error() == null ? null : item.error().type();
        switch (ItemOutcome.of(item.status(), errorType, action.isDelete())) {
            case DONE -> (action.isDelete() ? metrics.deleted : metrics.indexed).increment();
            case STALE -> metrics.stale.increment();
            case RETRY -> retry.add(action);
            case DEAD_LETTER -> {
                String reason = item.error() == null
                        ? "HTTP " + item.status()
                        : item.error().type() + ": " + item.error().reason();
                deadLetters.send(
                        action,
                        "ElasticsearchRejected",
                        "Elasticsearch refused document '" + action.id() + "' revision " + action.revision() + ": "
                                + reason);
                metrics.deadLettered.increment();
            }
        }
    }

    private BulkOperation operation(IndexAction action) {
        if (action.isDelete() && action.revision() < 0) {
            return BulkOperation.of(o -> o.delete(d -> d.index(writeAlias).id(action.id())));
        }
        if (action.isDelete()) {
            // A delete by revision: a newer revision already indexed stays (409, counted as stale), and
            // Elasticsearch keeps the deleted version for a while, so an older index after it conflicts too.
            return BulkOperation.of(o -> o.delete(d -> d.index(writeAlias)
                    .id(action.id())
                    .version(action.revision())
                    .versionType(VersionType.ExternalGte)));
        }
        // external_gte: an older revision never overwrites a newer one; the same revision may be
        // written again, which is how a replay after an extractor change lands.
        return BulkOperation.of(o -> o.index(i -> i.index(writeAlias)
                .id(action.id())
                .version(action.revision())
                .versionType(VersionType.ExternalGte)
                .document(action.document().source())));
    }
}
