package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which classes a packaged optout loaded, and from where: the JVM's class-loading log, asked for through
 * JAVA_TOOL_OPTIONS, which every launcher's JVM reads (and says so on stderr).
 */
final class ClassLoading {

    private final Path log;
    private final ProcessRun.Result result;

    private ClassLoading(Path log, ProcessRun.Result result) {
        this.log = log;
        this.result = result;
    }

    /** Runs the program with its class loading logged to a file in {@code folder}. */
    static ClassLoading of(ProcessRun run, Path folder) {
        Path log = folder.resolve("classes-" + System.nanoTime() + ".log");
        ProcessRun.Result result = run.env("JAVA_TOOL_OPTIONS", "-Xlog:class+load:file=" + log).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return new ClassLoading(log, result);
    }

    ProcessRun.Result result() {
        return result;
    }

    List<String> lines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any class whose name starts with this was loaded. */
    boolean loadedAny(String prefix) {
        return lines().stream().anyMatch(line -> line.contains("] " + prefix));
    }

    /**
     * The share of the named classes loaded (not the ones the JVM makes as it runs: lambdas, proxies) that came from
     * a class-data sharing archive.
     */
    double sharedShare() {
        List<String> named = lines().stream().filter(line -> line.contains(" source: "))
                .filter(line -> !line.contains("__JVM_LookupDefineClass__") && !line.contains("__dynamic_proxy__")
                        && !line.contains("__ClassDefiner__") && !line.contains("$$Lambda"))
                .toList();
        long shared = named.stream().filter(line -> line.contains(" source: shared objects file")).count();
        return named.isEmpty() ? 0 : (double) shared / named.size();
    }

    /** Where one class came from, e.g. {@code shared objects file}: optout's archive; empty if not loaded. */
    String sourceOf(String className) {
        String marker = "] " + className + " source: ";
        return lines().stream().filter(line -> line.contains(marker)).findFirst()
                .map(line -> line.substring(line.indexOf(marker) + marker.length())).orElse("");
    }
}
