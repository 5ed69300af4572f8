package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The articles index in the real Elasticsearch: an index made by an older version takes the new fields. */
@ExtendWith(LocalStackExtension.class)
class ArticleIndexIT {

    @Test
    void anIndexMappedBeforeNewerFieldsGetsThemFromEnsureAndKeepsItsDocuments(StackEndpoints stack) throws Exception {
        ArticleIndex index = new ArticleIndex("it-upgrade-" + UUID.randomUUID());
        ObjectMapper json = new ObjectMapper();
        ObjectNode mapping;
        try (InputStream in = ArticleIndex.class.getResourceAsStream("articles-index.json")) {
            mapping = (ObjectNode) json.readTree(in);
        }
        List<String> newer = List.of(ArticleDocument.HTML, "code_blocks", "placeholders");
        ((ObjectNode) mapping.path("mappings").path("properties")).remove(newer);
        Map<String, Object> current = ArticleDocument.of(ArticleDocumentTest.article(), new Segmenter())
                .source();
        String older = json.writeValueAsString(mapping);
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            client.indices()
                    .create(c -> c.index(index.version(1))
                            .withJson(new StringReader(older))
                            .aliases(index.readAlias(), a -> a)
                            .aliases(index.writeAlias(), a -> a.isWriteIndex(true)));
            client.index(i -> i.index(index.writeAlias())
                    .id("old")
                    .refresh(Refresh.True)
                    .document(Map.of("id", "old", "text", "旧文章")));
            assertThatThrownBy(() -> client.index(
                            i -> i.index(index.writeAlias()).id("new").document(current)))
                    .as("the strict mapping refuses a field it does not know")
                    .isInstanceOf(ElasticsearchException.class);

            index.ensure(client);
            index.ensure(client); // every instance calls it; the second changes nothing
            client.index(i ->
                    i.index(index.writeAlias()).id("new").refresh(Refresh.True).document(current));

            assertThat(client.count(c -> c.index(index.readAlias())).count()).isEqualTo(2);
            assertThat(client.indices()
                            .getMapping(m -> m.index(index.version(1)))
                            .get(index.version(1))
                            .mappings()
                            .properties())
                    .containsKeys(newer.toArray(String[]::new));
            client.indices().delete(d -> d.index(index.version(1)));
        }
    }
}
