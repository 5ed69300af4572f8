package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The feed API against the real Elasticsearch, on a scratch index with fixtures. */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ScratchFeed feed;
    private String base;

    @BeforeAll
    void start(StackEndpoints stack) throws Exception {
        feed = ScratchFeed.start(stack, "feed", FeedFixtures.standard());
        base = feed.base;
    }

    @AfterAll
    void stop() throws Exception {
        feed.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header(header, value)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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
        assertThat(ids(json("/api/feed?size=100&from=2026-01-10&to=2026-01-12")))
                .containsExactly("n12", "n11", "n10");
        assertThat(ids(json("/api/feed?size=100&category=Infrastructure&tag=odd&from=2026-01-20")))
                .containsExactly("n23");
    }

    @Test
    void aChineseSearchFindsAndHighlightsTheWordAsData() throws Exception {
        JsonNode page = json("/api/feed?q=" + encode("搜索引擎"));
        assertThat(ids(page)).containsExactlyInAnyOrder("engine-a", "engine-b");
        JsonNode title =
                page.get("entries").get(0).get("highlights").get("title").get(0);
        boolean marked = false;
        for (JsonNode segment : title) {
            marked |= segment.get("match").asBoolean()
                    && segment.get("text").asText().contains("搜索");
        }
        assertThat(marked).as(title.toString()).isTrue();
    }

    @Test
    void queryStringSyntaxInTheSearchBoxIsJustText() throws Exception {
        for (String hostile :
                List.of("title:(*", "\"unbalanced", "a AND OR NOT", "\\", "/regex[/", "*:*", "{!}", "😀")) {
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
                FeedFixtures.indexNow(
                        feed.client,
                        feed.index,
                        FeedFixtures.article("late", "新来的文章", "刚刚发布。", "LLM", "2026-01-28", List.of()));
            }
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(order).hasSize(27).doesNotContain("late");
        assertThat(order.get(order.size() - 1)).isEqualTo("n01");
        assertThat(ids(json("/api/feed?size=1"))).containsExactly("late");
    }

    @Test
    void categoriesAreCountedForTheCurrentFilters() throws Exception {
        JsonNode all = json("/api/categories");
        Map<String, Long> counts = new HashMap<>();
        all.get("categories")
                .forEach(c ->
                        counts.put(c.get("category").asText(), c.get("count").asLong()));
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
        for (var entry : Map.of(
                        "size=0",
                        "size",
                        "size=1000",
                        "size",
                        "from=2026-99-01",
                        "from",
                        "to=x",
                        "to",
                        "cursor=zzz",
                        "cursor",
                        "from=2026-02-01&to=2026-01-01",
                        "from")
                .entrySet()) {
            HttpResponse<String> response = get("/api/feed?" + entry.getKey());
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(response.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo(entry.getValue());
        }
    }

    @Test
    void theAtomFeedIsValidAtomWithTheFilteredNewestEntries() throws Exception {
        HttpResponse<String> response = get("/feed.atom?tag=search");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");

        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo(base + "/feed.atom?tag=search");
        assertThat(feed.getTitle()).contains("LATEST UPDATES").contains("search");
        assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.parse("2026-01-26T08:00:00Z")));
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getAlternateLinks()).extracting(Link::getHref).containsExactly(base + "/");
        assertThat(feed.getOtherLinks())
                .anySatisfy(link -> assertThat(link.getRel()).isEqualTo("self"));
        assertThat(feed.getEntries())
                .extracting(Entry::getId)
                .containsExactly(base + "/articles/engine-b", base + "/articles/engine-a");
        Entry rich = feed.getEntries().get(1);
        assertThat(rich.getTitle()).isEqualTo("搜索引擎的工作原理");
        assertThat(rich.getUpdated()).isNotNull();
        assertThat(rich.getPublished()).isEqualTo(Date.from(Instant.parse("2026-01-25T08:00:00Z")));
        assertThat(rich.getSummary().getValue()).isEqualTo("搜索引擎如何抓取网页、建立倒排索引并排序结果 [Math]。");
        assertThat(rich.getAuthors()).extracting(SyndPerson::getName).containsExactly("韩梅梅");
        assertThat(rich.getAlternateLinks()).extracting(Link::getHref).containsExactly(base + "/articles/engine-a");

        // An independent reading with the JDK's XML parser: every element RFC 4287 requires is there.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(response.body())))
                .getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(root.getElementsByTagNameNS(atom, required).getLength())
                    .as(required)
                    .isPositive();
        }
        NodeList entries = root.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "summary", "link")) {
                assertThat(entry.getElementsByTagNameNS(atom, required).getLength())
                        .as("entry " + required)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void theJsonFeedHasWhatItsSpecRequiresAndFiltersLikeTheApi() throws Exception {
        HttpResponse<String> response = get("/feed.json?tag=search");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/feed+json");
        JsonNode feed = JSON.readTree(response.body());
        assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asText()).isNotBlank();
        assertThat(feed.get("home_page_url").asText()).isEqualTo(base + "/");
        assertThat(feed.get("feed_url").asText()).isEqualTo(base + "/feed.json?tag=search");
        assertThat(feed.get("items")).hasSize(2);
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").isTextual()).as("id is a string").isTrue();
            assertThat(item.has("content_text") || item.has("content_html"))
                    .as("content_text or content_html")
                    .isTrue();
            assertThat(item.get("url").asText())
                    .isEqualTo(base + "/articles/" + item.get("id").asText());
        }
        JsonNode rich = feed.get("items").get(1);
        assertThat(rich.get("external_url").asText()).isEqualTo("https://blog.example.org/2026/search-engines");
        assertThat(rich.get("authors").get(0).get("name").asText()).isEqualTo("韩梅梅");
        assertThat(rich.get("date_published").asText()).isEqualTo("2026-01-25T08:00:00Z");

        JsonNode infrastructure =
                JSON.readTree(get("/feed.json?category=Infrastructure&tag=odd").body());
        List<String> ids = new ArrayList<>();
        infrastructure.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactly("n23", "n19", "n15", "n11", "n07", "n03");
        JsonNode hostile =
                JSON.readTree(get("/feed.json?tag=hostile").body()).get("items").get(0);
        assertThat(hostile.has("external_url"))
                .as("a javascript: source is no link")
                .isFalse();
    }

    @Test
    void feedsAnswer304ToAReaderThatHasThemAlready() throws Exception {
        for (String path : List.of("/feed.atom?tag=search", "/feed.json?tag=search")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertThat(lastModified).isEqualTo("Mon, 26 Jan 2026 08:00:00 GMT");

            HttpResponse<String> byTag = get(path, "If-None-Match", etag);
            assertThat(byTag.statusCode()).as(path).isEqualTo(304);
            assertThat(byTag.body()).isEmpty();
            assertThat(get(path, "If-None-Match", "W/" + etag + ", \"other\"").statusCode())
                    .isEqualTo(304);
            assertThat(get(path, "If-Modified-Since", lastModified).statusCode())
                    .isEqualTo(304);

            assertThat(get(path, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
            assertThat(get(path, "If-Modified-Since", "Sun, 25 Jan 2026 08:00:00 GMT")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(path.replace("search", "hostile"))
                            .headers()
                            .firstValue("ETag")
                            .orElseThrow())
                    .as("another filter, another feed")
                    .isNotEqualTo(etag);
        }
        assertThat(get("/feed.atom?from=someday").statusCode()).isEqualTo(400);
    }

    /** Issue 26: the articles most like one, by the segmented words, in the API and under the article. */
    @Test
    void anArticleListsTheArticlesMostLikeItFirstInTheApiAndOnItsPage() throws Exception {
        JsonNode related = json("/api/articles/engine-a").get("related");
        assertThat(related).isNotEmpty();
        assertThat(related.get(0).get("id").asText())
                .as("the other article about search engines")
                .isEqualTo("engine-b");
        related.forEach(entry -> assertThat(entry.get("id").asText()).isNotEqualTo("engine-a"));
        assertThat(related.size()).isLessThanOrEqualTo(5);

        Document page = Jsoup.parse(get("/articles/engine-a").body());
        assertThat(page.select("section.related li a").first().attr("href")).isEqualTo(base + "/articles/engine-b");
        assertThat(page.select("section.related li a").first().text()).isEqualTo("让网站在搜索引擎中排名靠前");
    }

    /** Issue 26: every article page for search engines, advertised in robots.txt. */
    @Test
    void theSitemapListsEveryArticlePageWithItsLastChangeAndRobotsTxtAdvertisesIt() throws Exception {
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document urls =
                factory.newDocumentBuilder().parse(new InputSource(new StringReader(sitemap.body())));
        NodeList locations = urls.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        Set<String> expected = new HashSet<>();
        FeedFixtures.standard().forEach(article -> expected.add(base + "/articles/" + article.getId()));
        assertThat(listed).isEqualTo(expected);
        assertThat(urls.getElementsByTagNameNS("*", "lastmod").getLength()).isEqualTo(expected.size());
        assertThat(sitemap.body()).contains("<lastmod>2026-01-25T08:00:00Z</lastmod>");
        assertThat(get("/sitemap-1.xml").body()).isEqualTo(sitemap.body());
        assertThat(get("/sitemap-2.xml").statusCode()).isEqualTo(404);

        HttpResponse<String> robots = get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: " + base + "/sitemap.xml");
    }

    @Test
    void anArticleHasAPageWithShareMetadataAndAnUnknownOneA404Page() throws Exception {
        HttpResponse<String> response = get("/articles/" + FeedFixtures.RICH_ID);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("搜索引擎的工作原理");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(base + "/articles/engine-a");
        assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("搜索引擎的工作原理");
        assertThat(page.selectFirst("meta[property=og:description]").attr("content"))
                .contains("倒排索引");
        assertThat(page.selectFirst("meta[property=og:site_name]").attr("content"))
                .contains("LATEST UPDATES");
        assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("link[rel=alternate]"))
                .extracting(e -> e.attr("type"))
                .containsExactly("application/atom+xml", "application/feed+json");
        assertThat(page.select(".text p")).hasSize(3);
        assertThat(page.select(".text .placeholder"))
                .extracting(org.jsoup.nodes.Element::className)
                .containsExactly("placeholder math", "placeholder code", "placeholder formula");
        assertThat(page.selectFirst(".source a").attr("href"))
                .isEqualTo("https://blog.example.org/2026/search-engines");

        HttpResponse<String> missing = get("/articles/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Jsoup.parse(missing.body()).selectFirst("h1").text()).contains("No such article");
    }
}
