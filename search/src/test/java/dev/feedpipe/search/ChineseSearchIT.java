package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Searching Chinese in the real Elasticsearch through the segmented fields of the articles index. */
@ExtendWith(LocalStackExtension.class)
class ChineseSearchIT {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void aSearchForSearchEngineFindsTextsAboutSearchEnginesAndNotScatteredCharacters(StackEndpoints stack)
            throws Exception {
        ArticleIndex index = new ArticleIndex("it-zh-" + UUID.randomUUID());
        Map<String, String> texts = Map.of(
                "engine-1", "搜索引擎的工作原理：爬虫抓取网页，建立倒排索引，再按相关性排序。搜索引擎决定了结果的先后。",
                "engine-2", "如何让网站在搜索引擎中排名更靠前：内容质量与外链都很重要。",
                "scattered", "我们搜集了大量日志，为它们建立了索引，最后改进了推荐引擎的效果。",
                "unrelated", "深度学习模型的训练技巧：学习率预热与梯度裁剪。");
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            index.ensure(client);
            for (var entry : texts.entrySet()) {
                client.index(i -> i.index(index.writeAlias())
                        .id(entry.getKey())
                        .refresh(Refresh.True)
                        .document(Map.of(
                                "id",
                                entry.getKey(),
                                "text",
                                entry.getValue(),
                                "text_terms",
                                segmenter.terms(entry.getValue()))));
            }

            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(
                    s -> s.index(index.readAlias())
                            .query(new FullTextQuery(segmenter).of("搜索引擎").orElseThrow()),
                    Map.class);

            List<String> ranked = response.hits().hits().stream().map(Hit::id).toList();
            assertThat(ranked).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("engine-1", "engine-2");
            assertThat(ranked).doesNotContain("unrelated");
            if (ranked.contains("scattered")) {
                assertThat(ranked.indexOf("scattered")).isGreaterThan(1);
            }
            client.indices().delete(d -> d.index(index.version(1)));
        }
    }

    @Test
    void theCharacterLevelStandardAnalyzerWouldRankTheScatteredTextAsWell(StackEndpoints stack) throws Exception {
        // The control experiment: without segmentation, the scattered text matches every character.
        String index = "it-zh-control-" + UUID.randomUUID();
        try (ElasticsearchClient client = ElasticsearchClients.of(stack.elasticsearchUrl())) {
            client.index(i -> i.index(index)
                    .id("scattered")
                    .refresh(Refresh.True)
                    .document(Map.of("text", "我们搜集了大量日志，为它们建立了索引，最后改进了推荐引擎的效果。")));
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = client.search(
                    s -> s.index(index)
                            .query(q -> q.match(m -> m.field("text")
                                    .query("搜索引擎")
                                    .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))),
                    Map.class);
            assertThat(response.hits().hits()).extracting(Hit::id).containsExactly("scattered");
            client.indices().delete(d -> d.index(index));
        }
    }
}
