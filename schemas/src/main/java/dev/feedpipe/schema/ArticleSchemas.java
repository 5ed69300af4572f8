package dev.feedpipe.schema;

import java.util.List;
import org.apache.avro.Schema;

/** The value schemas of the article topics, as the generated classes carry them. */
public final class ArticleSchemas {

    private ArticleSchemas() {}

    /** A value schema and the topic it describes. */
    public record TopicSchema(String topic, Schema schema) {
        public String subject() {
            return Topics.valueSubject(topic);
        }
    }

    public static List<TopicSchema> of(Topics topics) {
        return List.of(
                new TopicSchema(topics.raw(), RawArticle.getClassSchema()),
                new TopicSchema(topics.enriched(), EnrichedArticle.getClassSchema()));
    }
}
