package dev.feedpipe.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.feedpipe.config.ServiceMain;
import dev.feedpipe.ingest.http.IngestApi;
import dev.feedpipe.ingest.publish.KafkaArticlePublisher;
import dev.feedpipe.ops.ServiceMetrics;
import dev.feedpipe.schema.ArticleSerdes;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/** Wires the ingest service from its configuration and runs it until the process is stopped. */
public final class IngestService implements AutoCloseable {

    private final KafkaArticlePublisher publisher;
    private final Javalin app;

    public IngestService(IngestConfig config) {
        PrometheusMeterRegistry metrics = ServiceMetrics.registry();
        this.publisher = new KafkaArticlePublisher(
                config.bootstrapServers(),
                ArticleSerdes.forRegistryBase(config.registryUrl()),
                config.rawTopic(),
                config.produceTimeoutMs());
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = new IngestApi(config, publisher, metrics, json, Clock.systemUTC()).create();
        app.start(config.httpHost(), config.httpPort());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        publisher.close();
    }

    public static void main(String[] args) {
        IngestConfig config = ServiceMain.config("ingest-service", IngestConfig::load);
        IngestService service = ServiceMain.start("ingest-service", () -> new IngestService(config));
        LoggerFactory.getLogger(IngestService.class)
                .info(
                        "ingest-service listening on http://{}:{} (topic {}, auth {})",
                        config.httpHost(),
                        service.port(),
                        config.rawTopic(),
                        config.token().isPresent() ? "on" : "off");
    }
}
