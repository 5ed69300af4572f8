package dev.feedpipe.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void chineseIsCutIntoWordsNotCharacters() {
        assertThat(segmenter.words("我们搜集了数据")).contains("搜集", "数据").doesNotContain("搜", "集");
    }

    @Test
    void englishIsLowerCasedAndStemmed() {
        assertThat(segmenter.words("Training PyTorch Models")).containsExactly("train", "pytorch", "model");
    }

    @Test
    void textWithoutHanCharactersGetsSmartcnsWordsOnTheDirectPath() {
        // letters, digits, full-width forms, accents, kana, typographic punctuation, controls, spaces, and
        // the characters either side of each bound of smartcn's classes
        String alphabet = "abcXYZ019 \t\n\r.,;:!?'\"()[]{}<>-_/\\#*~`|@&^$%+=\u00a0\u00e9\u00df\u00fc\u00bb\u00bc\u00d7"
                + "\u2014\u2019\u201c\u2026\u2192\u2642\u2643\u3000\u3001\u3002\u300a\u301f\u30ab\u30fc\uac00"
                + "\uff21\uff3a\uff41\uff5a\uff10\uff19\uff0c\uff01\uff64\u0007\u007f\u0430\u05d0"
                + "\u0020\u0021\u007e\u200f\u2010\u301e\ufe2f\ufe30\uff0f\uff1a\uff20\uff3b\uff40\uff5b\uff63"
                + "\u4dff\u9fa6\u0040\u005b\u0060\u007b\u002f\u003a";
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 900 : 60);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        texts.addAll(sampleTexts());
        int compared = 0;
        for (String text : texts) {
            if (text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FA5 || c > 0xFFFF)) {
                continue;
            }
            assertThat(segmenter.words(text)).as("words of %s", text).isEqualTo(smartcn(text));
            compared++;
        }
        assertThat(compared).isGreaterThan(3000);
    }

    @Test
    void textWithHanCharactersStillGoesThroughSmartcn() {
        String mixed = "Kafka Streams 的状态存储 uses RocksDB, 我们搜集了数据 in 2024.";
        assertThat(segmenter.words(mixed)).isEqualTo(smartcn(mixed)).contains("搜集", "kafka", "2024");
    }

    /** The lines of the project's sample articles, each short of smartcn's 1,024-character buffer. */
    private static List<String> sampleTexts() {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.length() < 1000)
                        .forEach(lines::add);
            }
            assertThat(lines).hasSizeGreaterThan(100);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> smartcn(String text) {
        try (Analyzer analyzer = new SmartChineseAnalyzer(true)) {
            return Segmenter.words(analyzer, text);
        }
    }

    @Test
    void punctuationAndBlankTextGiveNoWords() {
        assertThat(segmenter.words("，。！？ ... ")).isEmpty();
        assertThat(segmenter.terms(null)).isEmpty();
    }
}
