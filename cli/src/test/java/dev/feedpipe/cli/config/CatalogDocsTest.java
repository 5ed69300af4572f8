package dev.feedpipe.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.cli.FeedpipeTestSupport;
import dev.feedpipe.config.Catalog;
import dev.feedpipe.config.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

class CatalogDocsTest {

    @Test
    void theReadmeConfigurationTableIsTheCatalog() throws IOException {
        String readme = Files.readString(FeedpipeTestSupport.projectRoot().resolve("README.md"));
        int start = readme.indexOf("<!-- settings:begin");
        int end = readme.indexOf("<!-- settings:end -->");
        assertThat(start).as("README has the settings markers").isPositive();
        String documented = readme.substring(readme.indexOf('\n', start) + 1, end);
        assertThat(documented)
                .as("README's table; regenerate it with ./feedpipe settings")
                .isEqualTo(Catalog.markdownTable(List.of(Component.values())));
    }

    @Test
    void anOptionNamedAfterASettingDefaultsToItsVariableThenToTheCatalog() {
        ArgSpec bootstrap = OptionSpec.builder("--bootstrap-servers")
                .descriptionKey("kafka.bootstrap.servers")
                .build();
        ArgSpec token =
                OptionSpec.builder("--token").descriptionKey("ingest.token").build();
        ArgSpec other = OptionSpec.builder("--quiet").build();

        assertThat(new CatalogDefaults(Map.of()).defaultValue(bootstrap)).isEqualTo("127.0.0.1:9092");
        assertThat(new CatalogDefaults(Map.of("FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS", "k:1")).defaultValue(bootstrap))
                .isEqualTo("k:1");
        assertThat(new CatalogDefaults(Map.of()).defaultValue(token))
                .as("no default")
                .isNull();
        assertThat(new CatalogDefaults(Map.of()).defaultValue(other)).isNull();
    }
}
