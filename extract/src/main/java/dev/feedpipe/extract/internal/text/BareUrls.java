package dev.feedpipe.extract.internal.text;

import java.util.regex.Pattern;

/** Counts URLs written as plain text (the {@code 🔖 https://...} habit), which are links to a reader. */
public final class BareUrls {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private BareUrls() {}

    public static void count(String text, ContentCollector collector) {
        if (!text.contains("://")) {
            return;
        }
        var matcher = URL.matcher(text);
        while (matcher.find()) {
            collector.link();
        }
    }
}
