package dev.feedpipe.stack;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalStackExtension.class)
class ElasticsearchIT {

    @Test
    void anIndexedDocumentIsFoundBySearch(StackEndpoints stack) throws Exception {
        String index = "it-search-" + UUID.randomUUID();
        try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(stack.elasticsearchUrl()))) {
            client.index(i -> i.index(index)
                    .id("doc-1")
                    .refresh(Refresh.True)
                    .document(Map.of("title", "Mixed precision training", "category", "Deep Learning")));
            client.index(i -> i.index(index)
                    .id("doc-2")
                    .refresh(Refresh.True)
                    .document(Map.of("title", "Self-hosting a blog", "category", "Infrastructure")));

            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(
                    s -> s.index(index).query(q -> q.match(m -> m.field("title").query("precision"))), Map.class);

            assertThat(response.hits().hits()).extracting(hit -> hit.id()).containsExactly("doc-1");
            client.indices().delete(d -> d.index(index));
        }
    }
}
