package dev.feedpipe.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void theGivenIdWins() {
        assertThat(ArticleIds.of(" mine ", "https://x.y/z", "b")).isEqualTo("mine");
    }

    @Test
    void withoutIdTheSourceUrlDecidesStably() {
        String first = ArticleIds.of(null, "https://x.y/z", "body one");
        String second = ArticleIds.of("", " https://x.y/z ", "body two");
        assertThat(first).isEqualTo(second).startsWith("u-").hasSize(18);
        assertThat(ArticleIds.isValid(first)).isTrue();
    }

    @Test
    void withoutIdOrUrlTheBodyDecidesStably() {
        String first = ArticleIds.of(null, null, "same");
        assertThat(ArticleIds.of(null, " ", "same"))
                .isEqualTo(first)
                .startsWith("c-")
                .hasSize(18);
        assertThat(ArticleIds.of(null, null, "other")).isNotEqualTo(first);
        // the id ingest gave such posts before the rule moved here, so existing articles keep theirs
        assertThat(first).isEqualTo("c-0967115f2813a354");
    }

    @Test
    void theRuleAllowsOnlyPathSafeCharacters() {
        assertThat(ArticleIds.isValid("a.b_c:d-1")).isTrue();
        assertThat(ArticleIds.isValid("a/b")).isFalse();
        assertThat(ArticleIds.isValid("x".repeat(201))).isFalse();
        assertThat(ArticleIds.broken("a/b")).contains("'a/b' is not");
    }
}
