package dev.feedpipe.index.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemOutcomeTest {

    @ParameterizedTest(name = "{0} {1} delete={2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            200, -,                                  false, DONE
            201, -,                                  false, DONE
            200, -,                                  true,  DONE
            404, -,                                  true,  DONE
            409, version_conflict_engine_exception,  false, STALE
            429, es_rejected_execution_exception,    false, RETRY
            503, unavailable_shards_exception,       false, RETRY
            500, -,                                  false, RETRY
            408, -,                                  false, RETRY
            400, document_parsing_exception,         false, DEAD_LETTER
            400, illegal_argument_exception,         false, DEAD_LETTER
            404, index_not_found_exception,          false, DEAD_LETTER
            """)
    void classifiesBulkItems(int status, String type, boolean delete, ItemOutcome expected) {
        assertThat(ItemOutcome.of(status, type, delete)).isEqualTo(expected);
    }
}
