package dev.feedpipe.feed.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedQueryTest {

    private static void assertRejects(Map<String, List<String>> parameters, String parameter) {
        assertThatThrownBy(() -> FeedQuery.parse(parameters))
                .isInstanceOfSatisfying(
                        InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void defaultsToTheFirstPageOfTwentyWithoutFilters() {
        FeedQuery query = FeedQuery.parse(Map.of());
        assertThat(query).isEqualTo(new FeedQuery(List.of(), null, null, null, null, 20, null));
    }

    @Test
    void readsEveryParameter() {
        String cursor = new Cursor(1_700_000_000_000L, "a-1").encode();
        FeedQuery query = FeedQuery.parse(Map.of(
                "category",
                List.of("LLM", "Python"),
                "tag",
                List.of("pytorch"),
                "from",
                List.of("2026-01-01"),
                "to",
                List.of("2026-01-31"),
                "q",
                List.of(" 搜索引擎 "),
                "size",
                List.of("5"),
                "cursor",
                List.of(cursor)));
        assertThat(query.categories()).containsExactly("LLM", "Python");
        assertThat(query.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.text()).isEqualTo("搜索引擎");
        assertThat(query.size()).isEqualTo(5);
        assertThat(query.cursor()).isEqualTo(new Cursor(1_700_000_000_000L, "a-1"));
    }

    @Test
    void badParametersAreNamed() {
        assertRejects(Map.of("size", List.of("0")), "size");
        assertRejects(Map.of("size", List.of("101")), "size");
        assertRejects(Map.of("size", List.of("ten")), "size");
        assertRejects(Map.of("from", List.of("2026-13-01")), "from");
        assertRejects(Map.of("to", List.of("yesterday")), "to");
        assertRejects(Map.of("from", List.of("2026-02-01"), "to", List.of("2026-01-01")), "from");
        assertRejects(Map.of("cursor", List.of("%%%")), "cursor");
        assertRejects(Map.of("cursor", List.of("bm8tc2VwYXJhdG9y")), "cursor");
        assertRejects(Map.of("q", List.of("x".repeat(501))), "q");
        assertRejects(Map.of("tag", List.of("a", "b")), "tag");
    }

    @Test
    void aCursorSurvivesItsRoundTripWithAnyId() {
        Cursor cursor = new Cursor(-5, "id:with:colons/和中文");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }
}
