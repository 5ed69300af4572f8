package dev.feedpipe.feed.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.feedpipe.schema.EnrichedArticle;
import dev.feedpipe.search.ArticleDocument;
import dev.feedpipe.search.FullTextQuery;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The feed's queries against the articles index. Filters are exact (keyword terms, date ranges);
 * the reader's text goes through {@link FullTextQuery} as data. Pages are ordered by published time
 * then id, both descending, and continue with {@code search_after}: a stable order, so paging while
 * new articles arrive neither skips nor repeats.
 */
public final class FeedSearch {

    static final String MARK_START = "\uE000";
    static final String MARK_END = "\uE001";

    private final ElasticsearchClient client;
    private final String alias;
    private final FullTextQuery fullText;

    private static final int SITEMAP_BATCH = 1000;
    private static final int RELATED = 5;

    /** Lists show no article whole: the rendered body stays in the index until its page is asked for. */
    private static final SourceConfig WITHOUT_HTML =
            SourceConfig.of(src -> src.filter(f -> f.excludes(ArticleDocument.HTML)));

    public FeedSearch(ElasticsearchClient client, String alias, FullTextQuery fullText) {
        this.client = client;
        this.alias = alias;
        this.fullText = fullText;
    }

    /** A page of entries and the cursor of the next one (null on the last page). */
    public record Page(List<Map<String, Object>> entries, String nextCursor) {}

    public record CategoryCount(String category, long count) {}

    public Page page(FeedQuery query) throws IOException {
        Optional<Query> text = query.text() == null ? Optional.empty() : fullText.of(query.text());
        if (query.text() != null && text.isEmpty()) {
            return new Page(List.of(), null);
        }
        SearchRequest.Builder request = newestFirst(new SearchRequest.Builder()
                .index(alias)
                .size(query.size())
                .source(WITHOUT_HTML)
                .query(filtered(query, text)));
        if (query.cursor() != null) {
            request.searchAfter(
                    FieldValue.of(query.cursor().publishedMillis()),
                    FieldValue.of(query.cursor().id()));
        }
        if (text.isPresent()) {
            request.highlight(highlight(query.text()));
        }
        SearchResponse<JsonNode> response = client.search(request.build(), JsonNode.class);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Hit<JsonNode> hit : response.hits().hits()) {
            entries.add(FeedEntries.of(ArticleDocument.read(hit.source()), hit.highlight()));
        }
        String next = null;
        List<Hit<JsonNode>> hits = response.hits().hits();
        if (hits.size() == query.size()) {
            List<FieldValue> sort = hits.get(hits.size() - 1).sort();
            next = new Cursor(sort.get(0).longValue(), sort.get(1).stringValue()).encode();
        }
        return new Page(entries, next);
    }

    public List<CategoryCount> categories(FeedQuery query) throws IOException {
        FeedQuery anyCategory = query.withoutCategories();
        Optional<Query> text = anyCategory.text() == null ? Optional.empty() : fullText.of(anyCategory.text());
        if (anyCategory.text() != null && text.isEmpty()) {
            return List.of();
        }
        SearchResponse<Void> response = client.search(
                s -> s.index(alias)
                        .size(0)
                        .query(filtered(anyCategory, text))
                        .aggregations(
                                "categories",
                                a -> a.terms(
                                        t -> t.field(ArticleDocument.CATEGORY).size(100))),
                Void.class);
        List<CategoryCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket :
                response.aggregations().get("categories").sterms().buckets().array()) {
            counts.add(new CategoryCount(bucket.key().stringValue(), bucket.docCount()));
        }
        return counts;
    }

    /** One article as the API shows it, with its whole text and its related articles. */
    public Optional<Map<String, Object>> articleEntry(String id) throws IOException {
        Optional<EnrichedArticle> article = article(id);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> entry = FeedEntries.full(article.get());
        entry.put("related", related(article.get()));
        return Optional.of(entry);
    }

    /** Another article as a reader of one sees it listed under it. */
    public record Related(String id, String title, String category, String date) {}

    /**
     * The articles most like this one: Elasticsearch's {@code more_like_this} over the segmented title and
     * text (the same words search uses, so Chinese is compared word by word, not character by character).
     * The index keeps those fields out of {@code _source}, so the article's words are segmented here and
     * given as the text to be like.
     */
    public List<Related> related(EnrichedArticle article) throws IOException {
        String words = String.join(" ", fullText.words(article.getTitle() + "\n" + article.getText()));
        if (words.isBlank()) {
            return List.of();
        }
        SearchResponse<JsonNode> response = client.search(
                s -> s.index(alias)
                        .size(RELATED)
                        .source(src -> src.filter(f -> f.includes(
                                ArticleDocument.ID,
                                ArticleDocument.TITLE,
                                ArticleDocument.CATEGORY,
                                ArticleDocument.PUBLISHED_AT)))
                        .query(q -> q.bool(b -> b.must(m -> m.moreLikeThis(
                                        l -> l.fields(ArticleDocument.TITLE_TERMS, ArticleDocument.TEXT_TERMS)
                                                .like(like -> like.text(words))
                                                .minTermFreq(1)
                                                .minDocFreq(1)
                                                .maxQueryTerms(40)
                                                .minimumShouldMatch("2")))
                                .mustNot(n -> n.ids(i -> i.values(article.getId()))))),
                JsonNode.class);
        List<Related> related = new ArrayList<>();
        for (Hit<JsonNode> hit : response.hits().hits()) {
            JsonNode source = hit.source();
            Instant published = instant(source.path(ArticleDocument.PUBLISHED_AT));
            related.add(new Related(
                    source.path(ArticleDocument.ID).asText(),
                    source.path(ArticleDocument.TITLE).asText(),
                    source.path(ArticleDocument.CATEGORY).asText(),
                    published == null
                            ? null
                            : published.atZone(ZoneOffset.UTC).toLocalDate().toString()));
        }
        return related;
    }

    public Optional<EnrichedArticle> article(String id) throws IOException {
        SearchResponse<JsonNode> response =
                client.search(s -> s.index(alias).size(1).query(q -> q.ids(i -> i.values(id))), JsonNode.class);
        return response.hits().hits().stream().findFirst().map(hit -> ArticleDocument.read(hit.source()));
    }

    /** An article page as a sitemap lists it. */
    public record PageVisit(String id, Instant lastChanged) {}

    public long count() throws IOException {
        return client.count(c -> c.index(alias)).count();
    }

    /**
     * Every article from the {@code skip}-th (in id order) on, at most {@code limit}, with only the fields a
     * sitemap needs: read in batches with {@code search_after}, so any number of articles can be listed.
     */
    public List<PageVisit> pageVisits(long skip, int limit) throws IOException {
        List<PageVisit> visits = new ArrayList<>();
        String after = null;
        long skipped = 0;
        while (visits.size() < limit) {
            String last = after;
            SearchResponse<JsonNode> response = client.search(
                    s -> {
                        s.index(alias)
                                .size(SITEMAP_BATCH)
                                .source(src -> src.filter(f -> f.includes(
                                        ArticleDocument.ID, ArticleDocument.PUBLISHED_AT, ArticleDocument.INGESTED_AT)))
                                .sort(o ->
                                        o.field(f -> f.field(ArticleDocument.ID).order(SortOrder.Asc)));
                        if (last != null) {
                            s.searchAfter(FieldValue.of(last));
                        }
                        return s;
                    },
                    JsonNode.class);
            List<Hit<JsonNode>> hits = response.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            for (Hit<JsonNode> hit : hits) {
                if (skipped < skip) {
                    skipped++;
                } else if (visits.size() < limit) {
                    JsonNode source = hit.source();
                    visits.add(new PageVisit(
                            source.path(ArticleDocument.ID).asText(),
                            Articles.lastChanged(
                                    instant(source.path(ArticleDocument.PUBLISHED_AT)),
                                    instant(source.path(ArticleDocument.INGESTED_AT)))));
                }
            }
            after = hits.getLast().source().path(ArticleDocument.ID).asText();
        }
        return visits;
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    /** The newest articles that pass the query's filters, newest first: what feed readers subscribe to. */
    public List<EnrichedArticle> latest(FeedQuery query) throws IOException {
        SearchResponse<JsonNode> response = client.search(
                newestFirst(new SearchRequest.Builder()
                                .index(alias)
                                .size(query.size())
                                .source(WITHOUT_HTML)
                                .query(filtered(query, Optional.empty())))
                        .build(),
                JsonNode.class);
        return response.hits().hits().stream()
                .map(hit -> ArticleDocument.read(hit.source()))
                .toList();
    }

    /** Published time then id, both descending: a total order, so {@code search_after} neither skips nor repeats. */
    private static SearchRequest.Builder newestFirst(SearchRequest.Builder request) {
        return request.sort(s -> s.field(f -> f.field(ArticleDocument.PUBLISHED_AT)
                        .order(SortOrder.Desc)
                        .missing("_last")))
                .sort(s -> s.field(f -> f.field(ArticleDocument.ID).order(SortOrder.Desc)));
    }

    private static Query filtered(FeedQuery query, Optional<Query> text) {
        return Query.of(q -> q.bool(b -> {
            if (!query.categories().isEmpty()) {
                b.filter(f -> f.terms(t -> t.field(ArticleDocument.CATEGORY)
                        .terms(v -> v.value(
                                query.categories().stream().map(FieldValue::of).toList()))));
            }
            if (query.tag() != null) {
                b.filter(f -> f.term(t -> t.field(ArticleDocument.TAGS).value(query.tag())));
            }
            if (query.from() != null || query.to() != null) {
                b.filter(f -> f.range(r -> r.date(d -> {
                    d.field(ArticleDocument.PUBLISHED_AT);
                    if (query.from() != null) {
                        d.gte(startOf(query.from()));
                    }
                    if (query.to() != null) {
                        d.lt(startOf(query.to().plusDays(1)));
                    }
                    return d;
                })));
            }
            text.ifPresent(b::must);
            return b;
        }));
    }

    private static String startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    /** Highlights the words the reader typed in the unsegmented title and text, between private marks. */
    private Highlight highlight(String userText) {
        Set<String> phrases = new LinkedHashSet<>(fullText.words(userText));
        for (String token : userText.split("\\s+")) {
            if (!token.isBlank()) {
                phrases.add(token);
            }
        }
        return Highlight.of(h -> h.preTags(MARK_START)
                .postTags(MARK_END)
                .fields(NamedValue.of(
                        ArticleDocument.TITLE,
                        HighlightField.of(f ->
                                f.numberOfFragments(0).highlightQuery(phraseQuery(ArticleDocument.TITLE, phrases)))))
                .fields(NamedValue.of(
                        ArticleDocument.TEXT,
                        HighlightField.of(f -> f.fragmentSize(120)
                                .numberOfFragments(2)
                                .highlightQuery(phraseQuery(ArticleDocument.TEXT, phrases))))));
    }

    private static Query phraseQuery(String field, Set<String> phrases) {
        return Query.of(q -> q.bool(b -> {
            phrases.forEach(
                    phrase -> b.should(s -> s.matchPhrase(m -> m.field(field).query(phrase))));
            return b;
        }));
    }
}
