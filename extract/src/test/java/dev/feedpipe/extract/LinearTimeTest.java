package dev.feedpipe.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction time grows linearly with input size: for each shape of input, sixteen times the input
 * must cost well under the 256 times a quadratic algorithm would. Measured as thread CPU time, the
 * best of several runs, and asserted as a ratio, so a busy machine does not decide the outcome; the
 * growth is wide enough that the cache misses of a large input on a loaded machine (a ratio of 32 was
 * seen at eight times the input beside a parallel build) stay far from the bound.
 */
class LinearTimeTest {

    private static final int BASE_REPEATS = 250;
    private static final int GROWTH = 16;
    /** Linear growth gives a ratio near 16; quadratic near 256. The margin absorbs noise, caches and GC. */
    private static final double MAX_RATIO = GROWTH * 4.0;

    private static final int ATTEMPTS = 3;

    private final Extractor extractor = new Extractor(ExtractorSettings.defaults());

    /** {@code open}, {@code unit} repeated, then {@code close} as often: nesting grows with the input. */
    record Shape(String name, String open, String unit, String close, Format format) {
        Shape(String name, String unit, Format format) {
            this(name, "", unit, "", format);
        }

        Shape(String name, String unit, String close, Format format) {
            this(name, "", unit, close, format);
        }

        String body(int repeats) {
            return open + unit.repeat(repeats) + close.repeat(repeats);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Shape> shapes() {
        return List.of(
                new Shape(
                        "article",
                        "## 小节\n\n正文 `code` 与 $x^2$ 以及 [链接](https://a.b) 。\n\n```py\nx=1\n```\n\n",
                        Format.MARKDOWN),
                new Shape("unclosed dollars", "$a \\(b $$c ", Format.MARKDOWN),
                new Shape("brackets", "[[[a](b) ]]] ", Format.MARKDOWN),
                new Shape("emphasis", "*a **b _c __d ", Format.MARKDOWN),
                new Shape("nested markers", "- > 1. - > ", Format.MARKDOWN),
                new Shape(
                        "html",
                        "<div><p>文本 <b>粗</b> \\(x\\) <span class=\"katex\">k</span></p><pre>c</pre>",
                        Format.HTML),
                new Shape("html dollars", "$ $$ \\( a ", Format.HTML),
                new Shape("html nested code", "<code>x ", "</code>", Format.HTML),
                new Shape("html long ordered list", "<ol>", "<li>项目</li>", "", Format.HTML),
                new Shape("html nested divs", "<div><p>文本</p>", "</div>", Format.HTML),
                new Shape("html nested tables", "<table><tr><td>格", "</td></tr></table>", Format.HTML),
                new Shape("html siblings", "<span>a</span>", Format.HTML));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void sixteenTimesTheInputCostsFarLessThanAQuadraticAlgorithmWould(Shape shape) {
        String small = shape.body(BASE_REPEATS);
        String large = shape.body(BASE_REPEATS * GROWTH);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            bestCpuNanos(small, shape.format());
            bestCpuNanos(large, shape.format());
        }

        // a quadratic algorithm is slow on every try; a try spoiled by a compilation or a collection is not
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
            ratio = Math.min(
                    ratio,
                    (double) bestCpuNanos(large, shape.format()) / Math.max(1, bestCpuNanos(small, shape.format())));
        }

        System.out.printf("linear-time %-16s time(16n)/time(n) = %.1f%n", shape.name(), ratio);
        assertThat(ratio).as("time(16n)/time(n) for %s", shape.name()).isLessThan(MAX_RATIO);
    }

    private long bestCpuNanos(String body, Format format) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = threads.getCurrentThreadCpuTime();
            extractor.extract(ArticleInput.of(body, format));
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
