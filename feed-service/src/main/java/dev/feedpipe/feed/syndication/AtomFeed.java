package dev.feedpipe.feed.syndication;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.feedpipe.extract.UnsafeCharacters;
import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.Articles;
import dev.feedpipe.schema.EnrichedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A subscription as Atom 1.0 (RFC 4287), written by ROME. Every string goes through
 * {@link UnsafeCharacters#xmlSafe}: a stored string holding what XML 1.0 forbids (from an older
 * record, or written to Elasticsearch by hand) loses those characters instead of failing the feed.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeed() {}

    public static String of(Subscription subscription) {
        SiteLinks links = subscription.links();
        String self = links.feed(SiteLinks.ATOM_PATH, subscription.categories(), subscription.tag());
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitleEx(text(subscription.title()));
        feed.setUpdated(date(subscription.updated()));
        feed.setAuthors(List.of(person(SiteLinks.SITE_NAME)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", links.home())));
        feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, self)));
        feed.setEntries(subscription.articles().stream()
                .map(article -> entry(article, links))
                .toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused a feed it was given whole: " + e.getMessage(), e);
        }
    }

    private static Entry entry(EnrichedArticle article, SiteLinks links) {
        Entry entry = new Entry();
        entry.setId(xml(links.article(article.getId())));
        entry.setTitleEx(text(article.getTitle()));
        entry.setUpdated(date(Articles.lastChanged(article)));
        if (article.getPublishedAt() != null) {
            entry.setPublished(date(article.getPublishedAt()));
        }
        if (article.getAuthor() != null && !article.getAuthor().isBlank()) {
            entry.setAuthors(List.of(person(article.getAuthor())));
        }
        entry.setAlternateLinks(List.of(link("alternate", "text/html", links.article(article.getId()))));
        entry.setSummary(text(article.getSummary()));
        List<Category> categories = new ArrayList<>();
        categories.add(category(article.getCategory()));
        article.getTags().forEach(tag -> categories.add(category(tag)));
        entry.setCategories(categories);
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xml(value));
        return content;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(xml(name));
        return person;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(xml(href));
        return link;
    }

    private static Category category(String term) {
        Category category = new Category();
        category.setTerm(xml(term));
        return category;
    }

    private static String xml(String value) {
        return UnsafeCharacters.xmlSafe(value);
    }

    private static Date date(Instant instant) {
        return Date.from(instant == null ? Instant.EPOCH : instant);
    }
}
