package dev.optout.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs one program to its end, as a person's shell would, and keeps its exit code and what it printed. */
public final class ProcessRun {

    /** What a finished program left behind. */
    public record Result(int exitCode, String out, String err) {
        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final List<String> command;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> removed = new ArrayList<>();
    private Path directory;
    private Duration timeout = Duration.ofMinutes(2);

    private ProcessRun(List<String> command) {
        this.command = command;
    }

    public static ProcessRun of(String... command) {
        return new ProcessRun(List.of(command));
    }

    public static ProcessRun of(List<String> command) {
        return new ProcessRun(List.copyOf(command));
    }

    public ProcessRun env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the program without this variable even when the test's own environment has it. */
    public ProcessRun without(String name) {
        removed.add(name);
        return this;
    }

    public ProcessRun in(Path folder) {
        directory = folder;
        return this;
    }

    public ProcessRun timeout(Duration limit) {
        timeout = limit;
        return this;
    }

    public Result run() {
        try {
            Path out = Files.createTempFile("optout-run", ".out");
            Path err = Files.createTempFile("optout-run", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                removed.forEach(builder.environment()::remove);
                builder.environment().putAll(environment);
                if (directory != null) {
                    builder.directory(directory.toFile());
                }
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(command + " did not end within " + timeout.toSeconds() + " s\n"
                            + Files.readString(out) + Files.readString(err));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + command + " ran", e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
