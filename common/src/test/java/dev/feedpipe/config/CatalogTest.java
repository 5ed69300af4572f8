package dev.feedpipe.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.feedpipe.article.Placeholders;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogTest {

    @Test
    void eachSettingIsDeclaredOnceUnderItsOwnVariable() {
        assertThat(Catalog.ALL)
                .extracting(Setting::env)
                .doesNotHaveDuplicates()
                .allMatch(env -> env.startsWith("FEEDPIPE_"));
        assertThat(Catalog.ALL).allSatisfy(setting -> {
            assertThat(setting.description()).as(setting.key()).isNotBlank();
            assertThat(setting.readers()).as(setting.key()).isNotEmpty();
        });
    }

    @Test
    void everySettingTheCatalogDeclaresIsInItsList() throws IllegalAccessException {
        List<Setting> declared = new ArrayList<>();
        for (Field field : Catalog.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Setting.class) {
                declared.add((Setting) field.get(null));
            }
        }
        assertThat(Catalog.ALL)
                .as("Catalog.ALL, what the services define and the docs list")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void aPlaceholderIsCheckedByTheExtractorsOwnRule() {
        assertThatThrownBy(() ->
                        Settings.read(Component.ENRICH, Map.of(Catalog.EXTRACT_PLACEHOLDER_CODE.env(), "x".repeat(41))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining(Catalog.EXTRACT_PLACEHOLDER_CODE.env())
                .hasMessageContaining("at most 40");
        assertThat(Catalog.EXTRACT_PLACEHOLDER_CODE.defaultText()).isEqualTo(Placeholders.DEFAULT.code());
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void everyComponentStartsOnTheDefaultsAlone(Component component) {
        SettingValues values = Settings.read(component, Map.of());
        Catalog.ALL.stream()
                .filter(setting -> setting.readBy(component))
                .filter(setting -> setting.type() == ConfigDef.Type.STRING)
                .forEach(setting ->
                        assertThat(values.string(setting)).as(setting.key()).isEqualTo(setting.defaultText()));
    }

    @Test
    void aComponentParsesOnlyWhatItReads() {
        assertThat(Catalog.definition(Component.FEED).names())
                .contains("feed.public.url", "index.name")
                .doesNotContain("ingest.token", "topic.raw");
        assertThatThrownBy(() -> Settings.read(Component.FEED, Map.of("FEEDPIPE_FEED_PUBLIC_URL", "news.example.org")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("FEEDPIPE_FEED_PUBLIC_URL:");
        assertThat(Settings.read(Component.INGEST, Map.of("FEEDPIPE_FEED_PUBLIC_URL", "not read by ingest"))
                        .integer(Catalog.INGEST_HTTP_PORT))
                .isEqualTo(8082);
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aServicesPortIsASettingItReadsAndItsLaunchLineComesFromHere(Service service) {
        Component component = Component.valueOf(service.name());
        assertThat(service.portSetting().readBy(component)).isTrue();
        assertThat(service.port(Map.of(service.portSetting().env(), "9999"))).isEqualTo(9999);

        List<String> command = service.launchCommand(Path.of("/jdk/bin/java"), Path.of("/p"), Map.of());
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java"));
        expected.addAll(Service.quietJdkOptions(Runtime.version().feature()));
        expected.addAll(List.of(
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                "/p/" + service.module() + "/target/*:/p/" + service.module() + "/target/lib/*",
                service.mainClass()));
        assertThat(command).containsExactlyElementsOf(expected);
        assertThat(Service.quietJdkOptions(21)).isEmpty();
        assertThat(Service.quietJdkOptions(25)).contains("--enable-native-access=ALL-UNNAMED");
        assertThat(service.launchCommand(
                        Path.of("java"), Path.of("/p"), Map.of(Catalog.JAVA_OPTS.env(), " -Xmx1g  -Da=b ")))
                .containsSubsequence("java", "-Xmx1g", "-Da=b", "-cp");
        assertThat(Service.byShortName(service.shortName())).isEqualTo(service);
    }

    @Test
    void aServiceTrainsItsAheadOfTimeCacheOnRequestAndUsesOneThatExists(@TempDir Path root) throws Exception {
        Path cache = Service.INDEX.aotCache(root);
        assertThat(Service.aotOptions(25, "train", cache)).containsExactly("-XX:AOTCacheOutput=" + cache);
        assertThat(Service.aotOptions(25, "use", cache)).as("no cache yet").isEmpty();
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "");
        assertThat(Service.aotOptions(25, "use", cache)).containsExactly("-XX:AOTCache=" + cache);
        assertThat(Service.aotOptions(25, "off", cache)).isEmpty();
        assertThat(Service.aotOptions(21, "use", cache)).as("before JDK 25").isEmpty();
        assertThatThrownBy(() -> Settings.read(Component.CLI, Map.of(Catalog.JAVA_AOT.env(), "always")))
                .isInstanceOf(InvalidSettingException.class);
    }

    @Test
    void theMarkdownTableHasARowPerSettingWithItsDefaultAndReaders() {
        String table = Catalog.markdownTable(List.of(Component.values()));
        assertThat(table.lines().filter(line -> line.startsWith("| `FEEDPIPE_")))
                .hasSize(Catalog.ALL.size());
        assertThat(table)
                .contains("| `FEEDPIPE_KAFKA_BOOTSTRAP_SERVERS` | `127.0.0.1:9092` | ingest, enrich, index, cli |")
                .contains("| `FEEDPIPE_INGEST_TOKEN` | (empty) | ingest, cli |");
    }
}
