package dev.feedpipe.feed.http;

import static dev.feedpipe.http.HttpEdge.problem;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedpipe.article.ArticleIds;
import dev.feedpipe.feed.FeedConfig;
import dev.feedpipe.feed.page.ArticlePage;
import dev.feedpipe.feed.page.PageAssets;
import dev.feedpipe.feed.page.SiteLinks;
import dev.feedpipe.feed.query.FeedQuery;
import dev.feedpipe.feed.query.FeedSearch;
import dev.feedpipe.feed.query.InvalidParameterException;
import dev.feedpipe.feed.sitemap.Sitemap;
import dev.feedpipe.feed.syndication.AtomFeed;
import dev.feedpipe.feed.syndication.JsonFeed;
import dev.feedpipe.feed.syndication.Subscription;
import dev.feedpipe.http.HttpEdge;
import dev.feedpipe.problem.Problem;
import dev.feedpipe.schema.EnrichedArticle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The page and the JSON API of the feed. */
public final class FeedApi {

    private static final String CONTENT_SECURITY_POLICY = policy("'self' data:");
    /** An article's own images live where the author put them; scripts, styles and frames still come from here only. */
    private static final String ARTICLE_PAGE_POLICY = policy("'self' data: https:");

    private static String policy(String imageSources) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + imageSources
                + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }

    private final FeedConfig config;
    private final FeedSearch search;
    private final PrometheusMeterRegistry metrics;
    private final ObjectMapper json;
    private final ArticlePage articlePage;

    public FeedApi(FeedConfig config, FeedSearch search, PrometheusMeterRegistry metrics, ObjectMapper json) {
        this.config = config;
        this.search = search;
        this.metrics = metrics;
        this.json = json;
        this.articlePage = new ArticlePage(config.placeholders(), PageAssets.fromClasspath());
    }

    public Javalin create() {
        Javalin app = new HttpEdge("feed", json, metrics, this::ready).create(javalin -> {
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of(
                        "Content-Security-Policy",
                        CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options",
                        "nosniff",
                        "Cache-Control",
                        "no-cache");
            });
            javalin.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        });
        app.get("/api/feed", ctx -> ctx.json(search.page(FeedQuery.parse(ctx.queryParamMap()))));
        app.get(
                "/api/categories",
                ctx -> ctx.json(Map.of("categories", search.categories(FeedQuery.parse(ctx.queryParamMap())))));
        app.get("/api/articles/{id}", this::article);
        app.get(SiteLinks.ARTICLE_PATH + "{id}", this::articlePage);
        app.get(SiteLinks.ATOM_PATH, ctx -> {
            Subscription subscription = subscription(ctx);
            ConditionalGet.answer(
                    ctx, AtomFeed.MEDIA_TYPE + "; charset=utf-8", AtomFeed.of(subscription), subscription.updated());
        });
        app.get(SiteLinks.JSON_FEED_PATH, ctx -> {
            Subscription subscription = subscription(ctx);
            ConditionalGet.answer(
                    ctx,
                    JsonFeed.MEDIA_TYPE + "; charset=utf-8",
                    json.writeValueAsString(JsonFeed.of(subscription)),
                    subscription.updated());
        });
        app.get(Sitemap.PATH, this::sitemap);
        app.get("/sitemap-{number}.xml", this::sitemapFile);
        app.get(
                "/robots.txt",
                ctx -> ctx.contentType("text/plain; charset=utf-8")
                        .result("User-agent: *\nAllow: /\nSitemap: "
                                + links(ctx).base() + Sitemap.PATH + "\n"));
        HttpEdge.serveOpenApi(app, FeedApi.class);
        app.get("/api/meta", ctx -> {
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("placeholders", config.placeholders());
            meta.put("refreshMs", config.refreshMs());
            ctx.json(meta);
        });
        app.exception(
                InvalidParameterException.class,
                (e, ctx) -> problem(ctx, Problem.invalidParameter(e.parameter(), e.getMessage())));
        app.exception(
                IOException.class,
                (e, ctx) -> problem(
                        ctx,
                        Problem.of(
                                503,
                                "unavailable",
                                "Search unavailable",
                                "Elasticsearch did not answer: " + e.getMessage(),
                                null)));
        // A 4xx from Elasticsearch is a query it refuses, which only the reader's parameters can have shaped.
        app.exception(
                ElasticsearchException.class,
                (e, ctx) -> problem(
                        ctx,
                        e.status() >= 500 || e.status() == 429
                                ? Problem.of(
                                        503,
                                        "unavailable",
                                        "Search unavailable",
                                        "Elasticsearch answered " + e.status(),
                                        null)
                                : Problem.of(
                                        400,
                                        "invalid-query",
                                        "Search refused the query",
                                        "Elasticsearch refused it (" + e.error().type() + "); check the parameters",
                                        null)));
        return app;
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!ArticleIds.isValid(id)) {
            throw new InvalidParameterException("id", ArticleIds.broken(id));
        }
        var article = search.articleEntry(id);
        if (article.isEmpty()) {
            problem(ctx, Problem.of(404, "not-found", "No such article", "no article with id '" + id + "'", "id"));
            return;
        }
        ctx.json(article.get());
    }

    private void articlePage(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        SiteLinks links = links(ctx);
        var article = ArticleIds.isValid(id) ? search.article(id) : Optional.<EnrichedArticle>empty();
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache");
        if (article.isEmpty()) { // an id that breaks the id rule names no article either
            ctx.status(404).result(articlePage.notFound(id, links));
            return;
        }
        ctx.header("Content-Security-Policy", ARTICLE_PAGE_POLICY)
                .result(articlePage.render(article.get(), search.related(article.get()), links));
    }

    /** All article pages, or with more than one file's worth an index of the numbered files. */
    private void sitemap(Context ctx) throws IOException {
        SiteLinks links = links(ctx);
        int files = Sitemap.files(search.count(), Sitemap.MAX_URLS);
        ctx.contentType(Sitemap.MEDIA_TYPE + "; charset=utf-8")
                .result(
                        files == 1
                                ? Sitemap.urls(search.pageVisits(0, Sitemap.MAX_URLS), links)
                                : Sitemap.index(files, links));
    }

    private void sitemapFile(Context ctx) throws IOException {
        int files = Sitemap.files(search.count(), Sitemap.MAX_URLS);
        int number;
        try {
            number = Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > files) {
            problem(
                    ctx,
                    Problem.of(
                            404, "not-found", "No such sitemap", "sitemap files are numbered 1 to " + files, "number"));
            return;
        }
        ctx.contentType(Sitemap.MEDIA_TYPE + "; charset=utf-8")
                .result(Sitemap.urls(
                        search.pageVisits((long) (number - 1) * Sitemap.MAX_URLS, Sitemap.MAX_URLS), links(ctx)));
    }

    private Subscription subscription(Context ctx) throws IOException {
        FeedQuery query = FeedQuery.subscription(ctx.queryParamMap(), Subscription.SIZE);
        return new Subscription(search.latest(query), query.categories(), query.tag(), links(ctx));
    }

    /** The configured public URL, or else this request's own scheme and host. */
    private SiteLinks links(Context ctx) {
        return new SiteLinks(config.publicUrl()
                .map(URI::toString)
                .orElseGet(() -> ctx.scheme() + "://"
                        + (ctx.host() == null ? config.httpHost() + ":" + config.httpPort() : ctx.host())));
    }

    /** Ready while Elasticsearch answers a feed query. */
    private boolean ready() {
        try {
            search.categories(FeedQuery.parse(Map.of()));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
