package dev.feedpipe.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import java.util.Optional;

/**
 * What a reader types, as an Elasticsearch query. The text is segmented into words and passed as
 * data to match queries (never to query_string), so no input can be a syntax error or an injection.
 * Every word must occur (in title or text); the words in sequence rank higher, in the title highest.
 */
public final class FullTextQuery {

    private final Segmenter segmenter;

    public FullTextQuery(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Empty when the text has no searchable word (only punctuation, say). */
    public Optional<Query> of(String userText) {
        String terms = segmenter.terms(userText);
        if (terms.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.bool(b -> b.must(m -> m.multiMatch(mm -> mm.query(terms)
                        .fields(List.of(ArticleDocument.TITLE_TERMS + "^3", ArticleDocument.TEXT_TERMS))
                        .operator(Operator.And)
                        .type(TextQueryType.CrossFields)))
                .should(s -> s.matchPhrase(
                        p -> p.field(ArticleDocument.TEXT_TERMS).query(terms).boost(2f)))
                .should(s -> s.matchPhrase(
                        p -> p.field(ArticleDocument.TITLE_TERMS).query(terms).boost(4f))))));
    }

    /** The words of the text, to highlight them in the unsegmented {@code text} and {@code title} fields. */
    public List<String> words(String userText) {
        return segmenter.words(userText);
    }
}
