package dev.feedpipe.ingest.publish;

import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.ingest.article.Revisions;
import dev.feedpipe.ingest.article.Submission;
import dev.feedpipe.schema.ArticleFormat;
import dev.feedpipe.schema.RawArticle;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * Accepting a valid submission: its id and revision settled, the raw record built and published, the
 * acknowledgement counted and timed. Answers only once Kafka has acknowledged.
 */
public final class Intake {

    private final ArticlePublisher publisher;
    private final Revisions revisions;
    private final Clock clock;
    private final Counter published;
    private final Counter deleted;
    private final Timer produceLatency;

    public Intake(ArticlePublisher publisher, Clock clock, MeterRegistry metrics) {
        this.publisher = publisher;
        this.clock = clock;
        this.revisions = new Revisions(clock::millis);
        this.published = Counter.builder("ingest.articles.published")
                .description("Articles acknowledged by Kafka")
                .register(metrics);
        this.deleted = Counter.builder("ingest.articles.deleted")
                .description("Tombstones acknowledged by Kafka")
                .register(metrics);
        this.produceLatency = Timer.builder("ingest.produce.latency")
                .description("Time from send to Kafka ack")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(metrics);
    }

    /** What a write answers: the article's id and revision, and where Kafka put it. */
    public record Accepted(String id, long revision, Receipt receipt) {}

    /** @throws PublishUnavailableException when Kafka does not acknowledge in time */
    public Accepted accept(Submission submission) {
        String id = ArticleIds.of(submission.id(), submission.sourceUrl(), submission.body());
        long revision = revisions.revisionOf(id, submission.revision());
        RawArticle article = RawArticle.newBuilder()
                .setId(id)
                .setRevision(revision)
                .setTitle(submission.title().strip())
                .setBody(submission.body())
                .setFormat(ArticleFormat.valueOf(submission.format().name()))
                .setAuthor(submission.author())
                .setCategory(submission.category())
                .setTags(submission.tags())
                .setSourceUrl(submission.sourceUrl())
                .setPublishedAt(submission.publishedAt())
                .setIngestedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build();
        long started = System.nanoTime();
        Receipt receipt = publisher.publish(article);
        produceLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        published.increment();
        return new Accepted(id, revision, receipt);
    }

    /**
     * A tombstone for {@code id} at the requested revision, else the next one for the id.
     *
     * @throws PublishUnavailableException when Kafka does not acknowledge in time
     */
    public Accepted delete(String id, Long requestedRevision) {
        long revision = revisions.revisionOf(id, requestedRevision);
        long started = System.nanoTime();
        Receipt receipt = publisher.delete(id, revision);
        produceLatency.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        deleted.increment();
        return new Accepted(id, revision, receipt);
    }
}
