package dev.feedpipe.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds and peak resident memory of a process, from /proc (Linux). */
record ProcessStats(double cpuSeconds, long peakRssKb) {

    private static final double CLOCK_TICKS = 100.0;

    static ProcessStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / CLOCK_TICKS;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(cpu, peak);
        } catch (IOException | RuntimeException e) {
            return new ProcessStats(0, 0);
        }
    }

    ProcessStats minus(ProcessStats earlier) {
        return new ProcessStats(cpuSeconds - earlier.cpuSeconds, peakRssKb);
    }
}
