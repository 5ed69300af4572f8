package dev.feedpipe.extract.internal.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The page's title heading as a walk over its article meets it: the first heading before any prose, when
 * its words are the title's. The entry has the title already, so neither the text nor the page's own
 * markup repeats it. One per walk.
 */
final class TitleHeading {

    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final String title;
    private boolean passed;

    /** @param title the page's title, or empty when there is none to leave out */
    TitleHeading(String title) {
        this.title = title;
        this.passed = title.isEmpty();
    }

    /** Prose before any heading: no later heading is the title. */
    void text(TextNode text) {
        if (!passed && !text.isBlank()) {
            passed = true;
        }
    }

    /** Whether this element is the title heading, to be left out; only the first heading can be. */
    boolean isTitle(Element element) {
        if (passed || !HEADINGS.contains(element.normalName())) {
            return false;
        }
        passed = true;
        return PageTitle.headingText(element).equals(title);
    }
}
