package dev.feedpipe.feed.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.FeedSearch.PageVisit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SitemapTest {

    private static final SiteLinks LINKS = new SiteLinks("https://news.example.org");

    @Test
    void upTo50000ArticlesFitOneFileAndMoreTakeAnIndex() {
        assertThat(Sitemap.files(0, Sitemap.MAX_URLS)).isEqualTo(1);
        assertThat(Sitemap.files(50_000, Sitemap.MAX_URLS)).isEqualTo(1);
        assertThat(Sitemap.files(50_001, Sitemap.MAX_URLS)).isEqualTo(2);
        assertThat(Sitemap.files(150_000, Sitemap.MAX_URLS)).isEqualTo(3);
    }

    @Test
    void aUrlsetListsEachPageWithItsLastChange() throws Exception {
        Document urls = parse(Sitemap.urls(
                List.of(new PageVisit("a-1", Instant.parse("2026-01-11T08:00:00Z")), new PageVisit("b:2", null)),
                LINKS));

        assertThat(urls.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(urls.getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(urls.getElementsByTagNameNS("*", "loc").item(0).getTextContent())
                .isEqualTo("https://news.example.org/articles/a-1");
        assertThat(urls.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent())
                .isEqualTo("2026-01-11T08:00:00Z");
        assertThat(urls.getElementsByTagNameNS("*", "lastmod").getLength())
                .as("no date, no lastmod")
                .isEqualTo(1);
        assertThat(urls.getElementsByTagNameNS("*", "loc").item(1).getTextContent())
                .endsWith("/articles/b%3A2");
    }

    @Test
    void anIndexNamesTheNumberedFiles() throws Exception {
        Document index = parse(Sitemap.index(3, LINKS));

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getElementsByTagNameNS("*", "loc").getLength()).isEqualTo(3);
        assertThat(index.getElementsByTagNameNS("*", "loc").item(2).getTextContent())
                .isEqualTo("https://news.example.org/sitemap-3.xml");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
