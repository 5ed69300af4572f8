package dev.feedpipe.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundaries between modules, checked on the compiled main classes of all of them. */
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("ingest", "enrich", "index", "feed");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.feedpipe");

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "index", "feed"})
    void aServiceDependsOnNoOtherService(String service) {
        String[] others = SERVICES.stream()
                .filter(other -> !other.equals(service))
                .map(other -> "dev.feedpipe." + other + "..")
                .toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage("dev.feedpipe." + service + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services scale and deploy independently and talk only through Kafka and Elasticsearch")
                .check(MAIN);
    }

    @Test
    void extractionAndSearchKnowNothingOfKafkaOrHttp() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.feedpipe.extract..", "dev.feedpipe.search..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "io.javalin..", "java.net.http..")
                .because("text and query logic is plain Java; Kafka and HTTP stay at the services' edges")
                .check(MAIN);
    }

    @Test
    void nothingOutsideExtractionTouchesItsInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.feedpipe.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.feedpipe.extract.internal..")
                .because("extract's API is Extractor, ArticleInput, FeedEntry, its settings and Metadata; the rest may "
                        + "change with any rule")
                .check(MAIN);
    }

    @Test
    void theServicesMainCodeNeverUsesTheLocalStack() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        SERVICES.stream().map(s -> "dev.feedpipe." + s + "..").toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.feedpipe.stack..")
                .because("the embedded stack is for development and tests, never part of a deployed service")
                .check(MAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "enrich-service", "index-service", "feed-service", "search"})
    void theLocalStackIsOnlyATestDependency(String module) throws IOException {
        String pom = Files.readString(
                FeedpipeTestSupport.projectRoot().resolve(module).resolve("pom.xml"));
        Matcher dependency = Pattern.compile(
                        "<dependency>\\s*<groupId>dev\\.feedpipe</groupId>\\s*"
                                + "<artifactId>feedpipe-local-stack</artifactId>(.*?)</dependency>",
                        Pattern.DOTALL)
                .matcher(pom);
        while (dependency.find()) {
            assertThat(dependency.group(1))
                    .as(module + " depends on local-stack")
                    .contains("<scope>test</scope>");
        }
    }
}
