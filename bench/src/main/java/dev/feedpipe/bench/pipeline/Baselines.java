package dev.feedpipe.bench.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baselines of one bench run, each measured twice (before and after the stages): their mean is what
 * ratios are taken against, and a baseline that moved more than {@link PipelineBench#UNSTABLE_SPREAD}
 * between its runs flags every ratio taken against it, since the machine, not our code, moved it.
 */
final class Baselines {

    private record Runs(String unit, List<Double> values) {

        double mean() {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        /** (max - min) / mean over the runs. */
        double spread() {
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            return (max - min) / mean();
        }

        boolean unstable() {
            return values.size() > 1 && spread() > PipelineBench.UNSTABLE_SPREAD;
        }
    }

    private final Map<String, Runs> runs = new LinkedHashMap<>();

    void add(String name, String unit, double value) {
        runs.computeIfAbsent(name, n -> new Runs(unit, new ArrayList<>()))
                .values()
                .add(value);
    }

    /** How many runs of a baseline are recorded so far. */
    int completedRuns(String name) {
        Runs recorded = runs.get(name);
        return recorded == null ? 0 : recorded.values().size();
    }

    /** The mean of a baseline's runs so far. */
    double mean(String name) {
        return runs.get(name).mean();
    }

    /** Each baseline as one figure: the mean, with its runs and spread in the note. */
    List<BenchReport.Figure> figures() {
        List<BenchReport.Figure> figures = new ArrayList<>();
        runs.forEach((name, baseline) -> figures.add(new BenchReport.Figure(
                name,
                baseline.mean(),
                baseline.unit(),
                null,
                null,
                String.format(
                        "runs %s; spread %.0f %%%s",
                        baseline.values().stream()
                                .map(v -> String.format("%,.0f", v))
                                .toList(),
                        baseline.spread() * 100,
                        baseline.unstable() ? " > 20 %: UNSTABLE, ratios against it are doubtful" : ""))));
        return figures;
    }

    /** The figure with its ratio to the mean of its baseline, flagged when that baseline did not hold still. */
    BenchReport.Figure withRatio(BenchReport.Figure figure) {
        Runs baseline = figure.baseline() == null ? null : runs.get(figure.baseline());
        if (baseline == null) {
            return figure;
        }
        String note = baseline.unstable()
                ? "UNSTABLE baseline" + (figure.note() == null ? "" : "; " + figure.note())
                : figure.note();
        return new BenchReport.Figure(
                figure.name(),
                figure.value(),
                figure.unit(),
                figure.baseline(),
                figure.value() / baseline.mean(),
                note);
    }
}
