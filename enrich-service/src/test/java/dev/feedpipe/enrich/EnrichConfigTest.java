package dev.feedpipe.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.article.Placeholders;
import dev.feedpipe.config.InvalidSettingException;
import dev.feedpipe.extract.ExtractorSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    /** The extractor library has its own defaults (for library users); the catalog's must be the same. */
    @Test
    void theCatalogsExtractorDefaultsAreTheExtractorsOwn() {
        ExtractorSettings settings = EnrichConfig.load(Map.of()).extractor();
        assertThat(settings.placeholders()).isEqualTo(Placeholders.DEFAULT);
        assertThat(settings.summaryLength()).isEqualTo(Placeholders.DEFAULT_SUMMARY_LENGTH);
    }

    @Test
    void placeholdersTheExtractorRefusesAreNamedByTheirVariables() {
        assertThatThrownBy(() -> EnrichConfig.load(Map.of("FEEDPIPE_EXTRACT_PLACEHOLDER_CODE", "x".repeat(41))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("FEEDPIPE_EXTRACT_PLACEHOLDER_CODE");
    }
}
