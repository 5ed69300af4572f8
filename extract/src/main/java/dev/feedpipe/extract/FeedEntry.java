package dev.feedpipe.extract;

import dev.feedpipe.article.Placeholders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the extractor makes of an article: everything the feed shows and counts about it.
 *
 * @param codeBlocks one entry per code block, holding its language or null
 * @param date the front matter's date as written (ISO-8601 expected), or null
 * @param author the front matter's author, or null
 * @param summarySource whether the summary is the author's excerpt or the start of the text
 * @param image the article's lead image as written (absolute, or relative to where the article lives), or null
 * @param placeholders the strings that stand in {@code text} and {@code summary} for code and formulas
 * @param html the article rendered for its page and passed through {@link SafeHtml#clean}: headings, lists,
 *     tables, links, images, code as {@code pre > code.language-*}, TeX in {@code .math-inline} and
 *     {@code .math-display}
 */
public record FeedEntry(
        String id,
        String title,
        String summary,
        SummarySource summarySource,
        String text,
        String html,
        String category,
        CategorySource categorySource,
        List<String> tags,
        List<String> keywords,
        String language,
        List<String> codeBlocks,
        int formulaCount,
        int inlineMathCount,
        int imageCount,
        int linkCount,
        int wordCount,
        int readingMinutes,
        String date,
        String author,
        String image,
        Placeholders placeholders,
        String extractorVersion) {

    public FeedEntry {
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
        codeBlocks = Collections.unmodifiableList(new ArrayList<>(codeBlocks));
    }
}
