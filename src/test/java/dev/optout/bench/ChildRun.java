package dev.optout.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One program run as a child process, timed: wall time, the CPU time of it and every process it waited for (as the
 * shell's {@code time} counts it: the browser and its driver included), and its own peak resident memory.
 * <p>
 * CPU comes from this JVM's {@code cutime + cstime} in {@code /proc/self/stat}: the kernel adds a child's times,
 * and those of the processes it reaped, when the child is reaped. Runs are one at a time, so the difference is this
 * run's. The peak memory is the child's {@code VmHWM}, read every 20 ms while it runs.
 */
final class ChildRun {

    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final long RSS_POLL_MS = 20;

    record Measurement(long wallMs, long cpuMs, long peakRssKiB, int exitCode, String output) {
    }

    private ChildRun() {
    }

    static Measurement of(List<String> command, Map<String, String> environment, Path outputFile)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        builder.environment().putAll(environment);
        long cpuBefore = childrenCpuMs();
        long start = System.nanoTime();
        Process process = builder.start();
        long peakKiB = 0;
        while (!process.waitFor(RSS_POLL_MS, TimeUnit.MILLISECONDS)) {
            peakKiB = Math.max(peakKiB, peakRssKiB(process.pid()));
        }
        long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long cpuMs = childrenCpuMs() - cpuBefore;
        return new Measurement(wallMs, cpuMs, peakKiB, process.exitValue(), Files.readString(outputFile));
    }

    /** User and system time of this JVM's reaped children, fields 16 and 17 of /proc/self/stat. */
    private static long childrenCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process's peak resident set so far; 0 once it is gone. */
    private static long peakRssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The process ended between two polls.
        }
        return 0;
    }
}
