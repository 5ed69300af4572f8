package dev.feedpipe.feed.sitemap;

import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.FeedSearch.PageVisit;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The article pages for search engines, by the sitemap protocol (sitemaps.org 0.9): one file of at most
 * {@value #MAX_URLS} URLs, or beyond that an index of numbered files ({@code /sitemap-1.xml}, ...).
 */
public final class Sitemap {

    public static final String MEDIA_TYPE = "application/xml";
    public static final String PATH = "/sitemap.xml";
    /** The protocol's limit of URLs per file. */
    public static final int MAX_URLS = 50_000;

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    /** How many files {@code articles} articles take; 1 means {@link #PATH} lists them itself. */
    public static int files(long articles, int maxUrls) {
        return (int) Math.max(1, (articles + maxUrls - 1) / maxUrls);
    }

    /** The address of numbered file {@code number} (from 1). */
    public static String file(SiteLinks links, int number) {
        return links.base() + "/sitemap-" + number + ".xml";
    }

    /** A {@code urlset} of the article pages. */
    public static String urls(List<PageVisit> visits, SiteLinks links) {
        return write("urlset", writer -> {
            for (PageVisit visit : visits) {
                writer.writeStartElement("url");
                element(writer, "loc", links.article(visit.id()));
                if (visit.lastChanged() != null) {
                    element(writer, "lastmod", visit.lastChanged().toString());
                }
                writer.writeEndElement();
            }
        });
    }

    /** A {@code sitemapindex} of {@code files} numbered files (each file's own entries say when they changed). */
    public static String index(int files, SiteLinks links) {
        return write("sitemapindex", writer -> {
            for (int number = 1; number <= files; number++) {
                writer.writeStartElement("sitemap");
                element(writer, "loc", file(links, number));
                writer.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeStartElement(root);
            writer.writeDefaultNamespace(NAMESPACE);
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("a sitemap of valid ids always writes", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, String text) throws XMLStreamException {
        writer.writeStartElement(name);
        writer.writeCharacters(text);
        writer.writeEndElement();
    }
}
