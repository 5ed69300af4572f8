package dev.feedpipe.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedpipe.stack.ProjectRoot;
import dev.feedpipe.stack.StackEndpoints;
import dev.feedpipe.stack.junit.LocalStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A smoke run of the benchmark harness on a handful of articles: every figure is measured and written. */
@ExtendWith(LocalStackExtension.class)
class PipelineBenchIT {

    @TempDir
    Path output;

    @Test
    void aTinyRunMeasuresEveryFigureAndWritesTheReport(StackEndpoints stack) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

        BenchReport report =
                new PipelineBench(ProjectRoot.find(), stack, RunSize.articles(12), 2, Duration.ZERO, out).run();
        String markdown = report.write(output, out);

        assertThat(report.figures())
                .extracting(BenchReport.Figure::name)
                .contains(
                        "baseline A: Kafka producer (Avro, same payloads)",
                        "baseline B: Elasticsearch bulk load (same documents)",
                        "pipeline, full load: POST ack to searchable p95",
                        "pipeline, half load: POST ack to searchable p99",
                        "baseline C: plain consume-and-produce of the raw records",
                        "stage: enrich (raw to enriched, 2 stream threads), steady state",
                        "stage: index (enriched to Elasticsearch), start until the first record",
                        "cpu: ingest + enrich + index per article (warmed up, both loads)",
                        "stage: ingest batch endpoint (NDJSON, 50 per request, 2 clients)");
        assertThat(report.figures())
                .filteredOn(f -> f.unit().endsWith("/s"))
                .allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(report.figures()).filteredOn(f -> f.ratio() != null).hasSizeGreaterThanOrEqualTo(4);
        assertThat(report.resources())
                .containsOnlyKeys("ingest-service", "enrich-service", "index-service", "feed-service");
        assertThat(report.ledger())
                .containsKeys("ingest-service", "enrich-service", "index-service", "kafka", "elasticsearch");
        assertThat(report.ledger().get("enrich-service")).containsKey("Kafka Streams stream threads");
        assertThat(report.ledger().get("index-service")).containsKey("index loop");
        double enrichTotal = report.resources().get("enrich-service").get("cpuSeconds") instanceof Number n
                ? n.doubleValue() * 1000 / (2.0 * report.articles())
                : -1;
        assertThat(report.ledger().get("enrich-service").values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .as("the thread groups sum to the process's CPU")
                .isCloseTo(enrichTotal, Offset.offset(Math.max(1.0, enrichTotal * 0.1)));
        assertThat(report.figures())
                .extracting(BenchReport.Figure::name)
                .contains("cpu: ingest + enrich + index per article / elasticsearch per document in baseline B");
        assertThat(markdown).contains("| process | CPU ms per article | by thread group, ms per article |");
        assertThat(markdown).contains("| measure | value | unit | ratio | note |");
        assertThat(report.figures())
                .filteredOn(f -> f.name().startsWith("baseline"))
                .allSatisfy(
                        f -> assertThat(f.note()).as(f.name() + " ran twice").startsWith("runs ["));
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .anyMatch(name -> name.endsWith(".json"))
                    .anyMatch(name -> name.endsWith(".md"));
        }
    }
}
