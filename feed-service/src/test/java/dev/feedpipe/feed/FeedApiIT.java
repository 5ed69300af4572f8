package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.search.ArticleIndex;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feed API against the real Elasticsearch, on a scratch index with fixtures. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ElasticsearchClient client;
    private ArticleIndex index;
    private FeedService service;
    private String base;

    @BeforeAll
    void start(StackEndpoints stack) throws Exception {
        client = ElasticsearchClient.of(b -> b.host(stack.elasticsearchUrl()));
        index = new ArticleIndex("it-feed-" + UUID.randomUUID());
        FeedFixtures.index(client, index, FeedFixtures.standard());
        service = new FeedService(FeedConfig.load(Map.of("FEEDPIPE_ELASTICSEARCH_URL", stack.elasticsearchUrl()))
                .withHttpPort(0).withIndexName(index.readAlias()));
        base = "http://127.0.0.1:" + service.port();
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
        client.indices().delete(d -> d.index(index.version(1)));
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("entries").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void entriesComeNewestFirstWithWhatTheDashboardShows() throws Exception {
        JsonNode page = json("/api/feed?size=4");
        assertThat(ids(page)).containsExactly(FeedFixtures.HOSTILE_ID, "engine-b", "engine-a", "n24");
        JsonNode first = page.get("entries").get(1);
        assertThat(first.get("date").asText()).isEqualTo("2026-01-26");
        assertThat(first.get("category").asText()).isEqualTo("Infrastructure");
        assertThat(first.get("summary").asText()).isEqualTo("内容质量与外链对搜索引擎排名的影响。");
        assertThat(first.get("tags").get(0).asText()).isEqualTo("search");
        assertThat(first.get("counts").has("readingMinutes")).isTrue();
        assertThat(page.get("nextCursor").isTextual()).isTrue();
    }

    @Test
    void everyFilterNarrowsTheFeed() throws Exception {
        assertThat(ids(json("/api/feed?size=100&category=LLM"))).hasSize(6).allMatch(id -> id.startsWith("n"));
        assertThat(ids(json("/api/feed?size=100&category=LLM&category=Python"))).hasSize(13);
        assertThat(ids(json("/api/feed?size=100&tag=search"))).containsExactly("engine-b", "engine-a");
        assertThat(ids(json("/api/feed?size=100&from=2026-01-10&to=2026-01-12"))).containsExactly("n12", "n11", "n10");
        assertThat(ids(json("/api/feed?size=100&category=Infrastructure&tag=odd&from=2026-01-20"))).containsExactly("n23");
    }

    @Test
    void aChineseSearchFindsAndHighlightsTheWordAsData() throws Exception {
        JsonNode page = json("/api/feed?q=" + encode("搜索引擎"));
        assertThat(ids(page)).containsExactlyInAnyOrder("engine-a", "engine-b");
        JsonNode title = page.get("entries").get(0).get("highlights").get("title").get(0);
        boolean marked = false;
        for (JsonNode segment : title) {
            marked |= segment.get("match").asBoolean() && segment.get("text").asText().contains("搜索");
        }
        assertThat(marked).as(title.toString()).isTrue();
    }

    @Test
    void queryStringSyntaxInTheSearchBoxIsJustText() throws Exception {
        for (String hostile : List.of("title:(*", "\"unbalanced", "a AND OR NOT", "\\", "/regex[/", "*:*", "{!}", "😀")) {
            HttpResponse<String> response = get("/api/feed?q=" + encode(hostile));
            assertThat(response.statusCode()).as(hostile).isEqualTo(200);
            assertThat(ids(JSON.readTree(response.body()))).as(hostile).isEmpty();
        }
    }

    @Test
    void pagingThroughWhileArticlesArriveNeitherSkipsNorRepeats() throws Exception {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json("/api/feed?size=5" + (cursor == null ? "" : "&cursor=" + cursor));
            for (String id : ids(page)) {
                assertThat(seen.add(id)).as("repeated " + id).isTrue();
                order.add(id);
            }
            if (pages++ == 1) {
                FeedFixtures.indexNow(client, index, FeedFixtures.article("late", "新来的文章", "刚刚发布。", "LLM",
                        "2026-01-28", List.of()));
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(order).hasSize(27).doesNotContain("late");
        assertThat(order.get(order.size() - 1)).isEqualTo("n01");
        assertThat(ids(json("/api/feed?size=1"))).containsExactly("late");
    }

    @Test
    void categoriesAreCountedForTheCurrentFilters() throws Exception {
        JsonNode all = json("/api/categories");
        Map<String, Long> counts = new java.util.HashMap<>();
        all.get("categories").forEach(c -> counts.put(c.get("category").asText(), c.get("count").asLong()));
        assertThat(counts).containsEntry("Infrastructure", 8L).containsKeys("Python", "LLM", "Deep Learning");
        JsonNode searched = json("/api/categories?q=" + encode("搜索引擎"));
        assertThat(searched.get("categories")).hasSize(1);
        assertThat(searched.get("categories").get(0).get("count").asLong()).isEqualTo(2);
    }

    @Test
    void oneArticleByIdAndAProblemForAnUnknownOne() throws Exception {
        JsonNode article = json("/api/articles/engine-a");
        assertThat(article.get("text").asText()).contains("倒排索引");
        HttpResponse<String> missing = get("/api/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void badParametersGet400NamingTheParameter() throws Exception {
        for (var entry : Map.of("size=0", "size", "size=1000", "size", "from=2026-99-01", "from", "to=x", "to",
                "cursor=zzz", "cursor", "from=2026-02-01&to=2026-01-01", "from").entrySet()) {
            HttpResponse<String> response = get("/api/feed?" + entry.getKey());
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("errors").get(0).get("field").asText()).isEqualTo(entry.getValue());
        }
    }
}
