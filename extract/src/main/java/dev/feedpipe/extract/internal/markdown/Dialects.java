package dev.feedpipe.extract.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Markdown of the common static-site generators into plain CommonMark before parsing, so
 * that no generator markup reaches a summary: Jekyll/Hexo Liquid tags, Hugo shortcodes and TOML front
 * matter, MkDocs admonitions and content tabs, VuePress/Docusaurus containers, MyST/d2l-book roles and
 * directives, and table-of-contents markers. Code fences are left exactly as written. One pass over
 * the lines, each pattern bounded, so the cost stays linear.
 */
final class Dialects {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern LIQUID_CODE_OPEN =
            Pattern.compile("^\\s*\\{%-?\\s*(highlight|codeblock)\\b\\s*([\\w+#.-]*)[^%]{0,300}%}\\s*$");
    private static final Pattern LIQUID_CODE_CLOSE =
            Pattern.compile("^\\s*\\{%-?\\s*(endhighlight|endcodeblock)\\s*-?%}\\s*$");
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%[^%\\n]{0,300}%}");
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{(?![<%])[^}\\n]{0,300}}}");
    private static final Pattern HUGO_CODE_OPEN =
            Pattern.compile("^\\s*\\{\\{[<%]\\s*highlight\\s+([\\w+#.-]*)[^}\\n]{0,300}[>%]}}\\s*$");
    private static final Pattern HUGO_CODE_CLOSE = Pattern.compile("^\\s*\\{\\{[<%]\\s*/highlight\\s*[>%]}}\\s*$");
    private static final Pattern HUGO_FIGURE = Pattern.compile("\\{\\{[<%]\\s*figure\\b[^}\\n]{0,500}[>%]}}");
    private static final Pattern HUGO_SHORTCODE = Pattern.compile("\\{\\{[<%][^}\\n]{0,500}[>%]}}");
    private static final Pattern ADMONITION =
            Pattern.compile("^(!!!|\\?\\?\\?\\+?)\\s+[\\w-]+(?:\\s+\"([^\"]*)\")?\\s*$");
    private static final Pattern CONTENT_TAB = Pattern.compile("^===\\+?\\s+\"[^\"]*\"\\s*$");
    private static final Pattern CONTAINER = Pattern.compile("^\\s*:::+\\s*(\\w[\\w-]*)?(.*)$");
    private static final Pattern MYST_ROLE = Pattern.compile(
            ":(label|eqlabel|width|numref|eqref|ref|cite|citet|citep|begin_tab|end_tab|numfig):(`[^`\\n]{0,300}`)?");
    private static final Pattern TOC_MARKER = Pattern.compile(
            "^\\s*(\\[TOC]|\\[\\[toc]]|\\{:toc}|\\*\\s+TOC|<!--\\s*toc\\s*-->|\\$\\{toc}|@\\[toc](\\([^)]*\\))?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEXO_LANGUAGE = Pattern.compile("\\blang:([\\w+#.-]+)");
    private static final Pattern TOML_ENTRY = Pattern.compile("^\\s*([\\w.-]+)\\s*=\\s*(.*)$");

    private Dialects() {}

    /** Constructs that start a line; with tags, shortcodes and roles, every thing this class rewrites. */
    private static final List<String> LINE_MARKERS = List.of(
            "!!!",
            "???",
            "===",
            ":::",
            "[TOC]",
            "[toc]",
            "[[toc]]",
            "{:toc}",
            "* TOC",
            "+++",
            "<!-- toc",
            "<!--toc",
            "${toc}",
            "@[toc]");

    private static final String LINE_MARKER_STARTS = "!?=:[{*+<$@";

    static String normalize(String source) {
        if (!hasMarker(source)) {
            return source;
        }
        List<String> lines = source.lines().toList();
        List<String> out = new ArrayList<>(lines.size() + 8);
        int start = tomlFrontMatter(lines, out);
        String fence = null;
        int indentedBlock = -1; // the indentation that admonition or tab content has, while inside one
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (indentedBlock >= 0) {
                if (line.isBlank()) {
                    out.add("");
                    continue;
                }
                if (leadingSpaces(line) >= 4) {
                    line = line.startsWith("\t") ? line.substring(1) : line.substring(4);
                } else {
                    indentedBlock = -1;
                }
            }
            Matcher fenceMatch = FENCE.matcher(line);
            if (fence != null) {
                out.add(line);
                if (fenceMatch.find()
                        && fenceMatch.group(1).charAt(0) == fence.charAt(0)
                        && fenceMatch.group(1).length() >= fence.length()
                        && line.strip().length() == fenceMatch.group(1).length()) {
                    fence = null;
                }
                continue;
            }
            if (fenceMatch.find()) {
                fence = fenceMatch.group(1);
                out.add(line);
                continue;
            }
            Matcher code = LIQUID_CODE_OPEN.matcher(line);
            Pattern close = LIQUID_CODE_CLOSE;
            if (!code.matches()) {
                code = HUGO_CODE_OPEN.matcher(line);
                close = HUGO_CODE_CLOSE;
            }
            if (code.matches()) {
                Matcher hexoLanguage = HEXO_LANGUAGE.matcher(line);
                String language = hexoLanguage.find() ? hexoLanguage.group(1) : code.group(code.groupCount());
                i = copyCode(lines, i + 1, close, language, out);
                continue;
            }
            Matcher admonition = ADMONITION.matcher(line);
            if (admonition.matches()) {
                if (admonition.group(2) != null && !admonition.group(2).isBlank()) {
                    out.add("");
                    out.add(admonition.group(2));
                }
                out.add("");
                indentedBlock = 4;
                continue;
            }
            if (CONTENT_TAB.matcher(line).matches()) {
                out.add("");
                indentedBlock = 4;
                continue;
            }
            if (CONTAINER.matcher(line).matches() || TOC_MARKER.matcher(line).matches()) {
                out.add("");
                continue;
            }
            out.add(inline(line));
        }
        return String.join("\n", out) + (source.endsWith("\n") ? "\n" : "");
    }

    /**
     * Cheap: tags and shortcodes ({@code {%}, {@code {{}) and roles ({@code :name:`arg`}) by a vectorised
     * search, the line-level markers only at the start of a line.
     */
    private static boolean hasMarker(String source) {
        if (source.contains("{%") || source.contains("{{") || source.contains(":`") || source.contains(":end_tab:")) {
            return true;
        }
        for (int start = 0; start < source.length(); ) {
            int i = start;
            while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            if (i < source.length() && LINE_MARKER_STARTS.indexOf(source.charAt(i)) >= 0) {
                for (String marker : LINE_MARKERS) {
                    if (source.startsWith(marker, i)) {
                        return true;
                    }
                }
            }
            int next = source.indexOf('\n', i);
            start = next < 0 ? source.length() : next + 1;
        }
        return false;
    }

    /** Roles, shortcodes and tags inside a line. */
    private static String inline(String line) {
        if (line.indexOf('{') < 0 && line.indexOf(':') < 0) {
            return line;
        }
        String result = HUGO_FIGURE.matcher(line).replaceAll("![]()");
        result = HUGO_SHORTCODE.matcher(result).replaceAll("");
        result = LIQUID_TAG.matcher(result).replaceAll("");
        result = LIQUID_OUTPUT.matcher(result).replaceAll("");
        return MYST_ROLE.matcher(result).replaceAll("");
    }

    /** A Liquid or Hugo highlight block as a fenced code block; returns the index of its closing line. */
    private static int copyCode(List<String> lines, int from, Pattern close, String language, List<String> out) {
        out.add("```" + (language == null ? "" : language));
        int i = from;
        while (i < lines.size() && !close.matcher(lines.get(i)).matches()) {
            String line = lines.get(i);
            out.add(line.startsWith("```") ? " " + line : line);
            i++;
        }
        out.add("```");
        return i;
    }

    /** Hugo's TOML front matter ({@code +++}) as YAML, which the parser reads; returns the first body line. */
    private static int tomlFrontMatter(List<String> lines, List<String> out) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("+++")) {
            return 0;
        }
        for (int end = 1; end < lines.size(); end++) {
            if (lines.get(end).strip().equals("+++")) {
                out.add("---");
                for (int i = 1; i < end; i++) {
                    Matcher entry = TOML_ENTRY.matcher(lines.get(i));
                    if (entry.matches()) {
                        out.add(entry.group(1) + ": " + entry.group(2).strip());
                    }
                }
                out.add("---");
                return end + 1;
            }
        }
        return 0;
    }

    private static int leadingSpaces(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count += line.charAt(count) == '\t' ? 4 : 1;
            if (count >= 4) {
                return count;
            }
        }
        return count;
    }
}
