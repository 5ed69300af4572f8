package dev.feedpipe.feed.page;

import org.webjars.WebJarVersionLocator;

/**
 * Where the article page finds its typesetter (KaTeX) and highlighter (highlight.js): in the WebJars on
 * feed-service's own classpath, served under {@value #WEBJARS}, never from a CDN (the CSP allows only 'self').
 *
 * @param katex KaTeX's script, which turns the TeX of {@code .math-inline} and {@code .math-display} into MathML
 * @param highlighter highlight.js with its common languages
 * @param highlightTheme highlight.js's stylesheet
 */
public record PageAssets(String katex, String highlighter, String highlightTheme) {

    public static final String WEBJARS = "/webjars/";
    /** The page's own script that runs both over the article body. */
    public static final String ARTICLE_SCRIPT = "/article.js";

    /** The assets of the WebJars on the classpath; fails at start, not on a page, when one is missing. */
    public static PageAssets fromClasspath() {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        return new PageAssets(
                path(locator, "katex", "dist/katex.min.js"),
                path(locator, "highlightjs", "highlight.min.js"),
                path(locator, "highlightjs", "styles/github.min.css"));
    }

    private static String path(WebJarVersionLocator locator, String webJar, String file) {
        String path = locator.path(webJar, file);
        if (path == null) {
            throw new IllegalStateException("the " + webJar + " WebJar holds no " + file + " on the classpath");
        }
        return WEBJARS + path;
    }
}
