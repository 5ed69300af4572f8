package dev.feedpipe.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.schema.CategorySource;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Issue 22: one stored string that no XML can carry (written to Elasticsearch by an older version or by
 * hand) took the Atom feed down for every reader. Every output answers for any stored string, in UTF-8.
 */
@ExtendWith(LocalStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredStringsIT {

    private static final String ODD_ID = "odd-characters";
    private static final String ODD_TITLE = "控制\u0000字符\u000b标题\uffff \u202eexe.txt";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ScratchFeed feed;
    private String base;

    @BeforeAll
    void start(StackEndpoints stack) throws Exception {
        EnrichedArticle odd = EnrichedArticle.newBuilder()
                .setId(ODD_ID)
                .setRevision(1)
                .setTitle(ODD_TITLE)
                .setSummary("摘要\u0001 里有 \u0008 控制字符")
                .setText("正文\u0000")
                .setHtml("<p>正文\u0000</p>")
                .setCategory("Python\u0007")
                .setCategorySource(CategorySource.AUTHOR)
                .setTags(List.of("tag\u0000", "ok"))
                .setLanguage("zh")
                .setAuthor("作者\u001f")
                .setSourceUrl("https://example.org/\u0000")
                .setPublishedAt(Instant.parse("2026-01-02T08:00:00Z"))
                .setIngestedAt(Instant.parse("2026-01-02T08:00:00Z"))
                .setEnrichedAt(Instant.parse("2026-01-02T08:00:01Z"))
                .setExtractorVersion("1.0.0")
                .build();
        feed = ScratchFeed.start(
                stack,
                "strings",
                List.of(odd, FeedFixtures.article("plain", "普通标题", "普通摘要", "LLM", "2026-01-01", List.of("t"))));
        base = feed.base;
    }

    @AfterAll
    void stop() throws Exception {
        feed.close();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String utf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    }

    @Test
    void theAtomFeedIsWellFormedXmlWithTheCharactersXmlForbidsLeftOut() throws Exception {
        HttpResponse<byte[]> response = get("/feed.atom");

        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        Document atom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()));
        assertThat(atom.getElementsByTagName("entry").getLength()).isEqualTo(2);
        Element newest = (Element) atom.getElementsByTagName("entry").item(0);
        String title = newest.getElementsByTagName("title").item(0).getTextContent();
        assertThat(title).startsWith("控制 字符 标题").doesNotContain("\u0000", "\u000b", "\uffff");
    }

    @Test
    void everyOtherOutputAnswersInUtf8() throws Exception {
        for (String path : List.of(
                "/feed.json", "/api/feed", "/api/articles/" + ODD_ID, "/articles/" + ODD_ID, "/api/categories")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String body = utf8(response.body());
            if (!path.startsWith("/articles/")) {
                assertThat(JSON.readTree(body)).as(path).isNotNull();
            }
        }
    }

    @Test
    void anIdThatBreaksTheIdRuleIsAProblemInUtf8NamingIt() throws Exception {
        HttpResponse<byte[]> response = get("/api/articles/%E4%B8%AD%E6%96%87");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
        JsonNode problem = JSON.readTree(utf8(response.body()));
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(problem.get("detail").asText()).contains("'中文'");
        assertThat(get("/articles/%E4%B8%AD%E6%96%87").statusCode())
                .as("the page: no article has that id")
                .isEqualTo(404);
    }

    @Test
    void theFeedFiltersTakeTheSameYearsAsIngest() throws Exception {
        HttpResponse<byte[]> response = get("/api/feed?from=0000-01-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(utf8(response.body())).contains("years 1 to 9999");
        assertThat(get("/api/feed?from=0001-01-01").statusCode()).isEqualTo(200);
    }
}
