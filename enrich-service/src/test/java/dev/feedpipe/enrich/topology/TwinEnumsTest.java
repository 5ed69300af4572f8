package dev.feedpipe.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor (plain Java, no Avro) and the Avro contract each declare the article's enums; records are
 * converted between them by constant name, so the two must keep the same constants.
 */
class TwinEnumsTest {

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    @Test
    void theExtractorsEnumsAndTheContractsHaveTheSameConstants() {
        assertThat(names(dev.feedpipe.extract.CategorySource.class))
                .isEqualTo(names(dev.feedpipe.schema.CategorySource.class));
        assertThat(names(dev.feedpipe.extract.SummarySource.class))
                .isEqualTo(names(dev.feedpipe.schema.SummarySource.class));
        assertThat(names(dev.feedpipe.extract.Format.class)).isEqualTo(names(dev.feedpipe.schema.ArticleFormat.class));
    }
}
