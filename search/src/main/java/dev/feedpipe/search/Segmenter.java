package dev.feedpipe.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts text into words the way a Chinese reader would (Lucene's smartcn: a hidden Markov model over
 * a word dictionary), with English words lower-cased and stemmed. The index stores these words
 * joined by spaces in its {@code *_terms} fields, analysed by Elasticsearch's whitespace analyzer;
 * queries are cut the same way. This runs in the services, so the embedded Elasticsearch (which has
 * no Chinese analysis module) and any other deployment search alike. Text without Han characters,
 * where smartcn's answer is fixed by the characters alone, takes a direct path to the same words
 * ({@link AtomTokenizer}). Thread-safe.
 */
public final class Segmenter {

    private final Analyzer chinese = new SmartChineseAnalyzer(true);

    /** smartcn's chain (tokens, Porter stemming, punctuation dropped) for text without Han characters. */
    private final Analyzer atoms = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new AtomTokenizer();
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(tokenizer));
        }
    };

    public List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return words(AtomTokenizer.unambiguous(text) ? atoms : chinese, text);
    }

    /** The terms {@code analyzer} makes of {@code text}. */
    static List<String> words(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words joined by single spaces: the value of a {@code *_terms} field or of a query on one. */
    public String terms(String text) {
        return String.join(" ", words(text));
    }
}
