package dev.feedpipe.bench.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run of the bench measured, and its table: printed, and written as JSON and as Markdown generated
 * from the same figures.
 *
 * @param ledger for every process of the end-to-end runs (services and stack), CPU ms per article by
 *     thread group, the groups summing to the process's total
 */
record BenchReport(
        Instant at,
        int articles,
        double averageKb,
        List<Figure> figures,
        Map<String, Map<String, Object>> resources,
        Map<String, Map<String, Double>> ledger) {

    /**
     * One measured figure; {@code ratio} is value / baseline when a baseline applies, {@code note} says how
     * a baseline held still between its two runs, or that a stage was too short for a steady state.
     */
    record Figure(String name, double value, String unit, String baseline, Double ratio, String note) {

        Figure(String name, double value, String unit) {
            this(name, value, unit, null, null, null);
        }
    }

    /** Prints the table and writes it as JSON and Markdown; returns the Markdown. */
    String write(Path folder, PrintStream out) throws IOException {
        StringBuilder markdown =
                new StringBuilder("| measure | value | unit | ratio | note |\n| --- | ---: | --- | ---: | --- |\n");
        for (Figure figure : figures()) {
            markdown.append(String.format(
                    "| %s | %.1f | %s | %s | %s |%n",
                    figure.name(),
                    figure.value(),
                    figure.unit(),
                    figure.ratio() == null
                            ? ""
                            : String.format(
                                    "%.2f × %s",
                                    figure.ratio(),
                                    figure.baseline()
                                            .substring(0, figure.baseline().indexOf(':'))),
                    figure.note() == null ? "" : figure.note()));
        }
        markdown.append("\n| process | CPU s (end-to-end runs) | peak RSS MB |\n| --- | ---: | ---: |\n");
        resources()
                .forEach((process, usage) -> markdown.append(
                        String.format("| %s | %s | %s |%n", process, usage.get("cpuSeconds"), usage.get("peakRssMb"))));
        markdown.append("\n| process | CPU ms per article | by thread group, ms per article |\n| --- | ---: | --- |\n");
        ledger().forEach((process, groups) -> markdown.append(String.format(
                "| %s | %.2f | %s |%n",
                process,
                groups.values().stream().mapToDouble(Double::doubleValue).sum(),
                String.join(
                        ", ",
                        groups.entrySet().stream()
                                .map(g -> String.format("%s %.2f", g.getKey(), g.getValue()))
                                .toList()))));
        Files.createDirectories(folder);
        String stamp = at().toString().replace(':', '-');
        Files.writeString(folder.resolve("pipeline-" + stamp + ".md"), markdown);
        new ObjectMapper()
                .findAndRegisterModules()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValue(
                        folder.resolve("pipeline-" + stamp + ".json").toFile(),
                        Map.of(
                                "at",
                                at().toString(),
                                "articles",
                                articles(),
                                "averageKb",
                                averageKb(),
                                "figures",
                                figures(),
                                "resources",
                                resources(),
                                "ledger",
                                ledger()));
        out.println();
        out.print(markdown);
        out.println("\nwritten to " + folder);
        return markdown.toString();
    }
}
