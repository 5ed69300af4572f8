package dev.feedpipe.schema;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Builds the Avro serdes of the article topics. Values are written in the Confluent wire format
 * (magic byte 0, 4-byte schema id, Avro binary) through the schema registry, so any
 * Confluent-compatible tool can read the topics. The value schema of a topic must be registered under
 * its subject ({@code <topic>-value}) before the first write. Each serde owns the Vert.x instance its
 * registry client runs on and closes it with itself (without one, Apicurio starts a shared default
 * instance that nobody closes, and says so on the terminal).
 *
 * @param registryUrl the registry's native API, e.g. {@code http://127.0.0.1:8081/apis/registry/v3}
 */
public record ArticleSerdes(String registryUrl) {

    /** The native API path of Apicurio Registry 3 under its base URL. */
    public static final String NATIVE_API_PATH = "/apis/registry/v3";

    public static ArticleSerdes forRegistryBase(String baseUrl) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new ArticleSerdes(trimmed + NATIVE_API_PATH);
    }

    public Serde<RawArticle> raw() {
        return serde(RawArticle.class);
    }

    public Serde<EnrichedArticle> enriched() {
        return serde(EnrichedArticle.class);
    }

    private Map<String, Object> clientProperties(Vertx vertx) {
        Map<String, Object> config = new HashMap<>();
        config.put(SchemaResolverConfig.REGISTRY_URL, registryUrl);
        config.put(SchemaResolverConfig.VERTX_INSTANCE, vertx);
        // Schemas are registered as a deployment step (feedpipe stack up), where the subject's
        // compatibility rule judges them; clients use the subject's latest version. Auto-registration
        // would also split nested named types into separate subjects, which Confluent tools read poorly.
        config.put(SchemaResolverConfig.AUTO_REGISTER_ARTIFACT, false);
        config.put(SchemaResolverConfig.FIND_LATEST_ARTIFACT, true);
        config.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        return config;
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> Serde<T> serde(Class<T> type) {
        // a few schema lookups per process: one event loop and one worker are plenty
        Vertx vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
        Serializer<T> serializer = (Serializer<T>) (Serializer<?>) new AvroKafkaSerializer<T>();
        Deserializer<T> deserializer = (Deserializer<T>) (Deserializer<?>) new AvroKafkaDeserializer<T>();
        Map<String, Object> properties = clientProperties(vertx);
        serializer.configure(properties, false);
        deserializer.configure(properties, false);
        return new RegistrySerde<>(serializer, deserializer, vertx);
    }

    /** A serde and the Vert.x instance its registry client runs on, closed together. */
    private record RegistrySerde<T>(Serializer<T> serializer, Deserializer<T> deserializer, Vertx vertx)
            implements Serde<T> {

        @Override
        public void close() {
            serializer.close();
            deserializer.close();
            vertx.close();
        }
    }
}
