package dev.optout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The tool in a JVM of its own, started from this test's classpath with {@code dev.optout.cli.Main}, as a person's
 * shell starts it: its output read as it comes, its standard input held open (a person who has not answered yet),
 * and signals sent to its process alone.
 */
final class ToolProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final OutputStream stdin;

    private ToolProcess(Process process) {
        this.process = process;
        this.stdin = process.getOutputStream();
        copy(process.getInputStream(), out);
        copy(process.getErrorStream(), err);
    }

    /** Starts {@code optout ARGS} with {@code OPTOUT_HOME} set and temporary files under {@code temp}. */
    static ToolProcess start(Path optoutHome, Path temp, List<String> args) {
        return launch(optoutHome, javaCommand(temp, args));
    }

    /**
     * Starts {@code optout ARGS} as {@link #start} does, but at a terminal of its own: util-linux {@code script}
     * gives it a pseudo-terminal for its input and output, which echoes what is typed and turns Ctrl-D at the start
     * of a line into the end of input, as a person's terminal does. Linux only.
     */
    static ToolProcess startAtTerminal(Path optoutHome, Path temp, List<String> args) {
        String command = javaCommand(temp, args).stream().map(ToolProcess::quoted).collect(Collectors.joining(" "));
        return launch(optoutHome, List.of("script", "--quiet", "--flush", "--return", "--command", command,
                "/dev/null"));
    }

    private static List<String> javaCommand(Path temp, List<String> args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    /** One word for the shell {@code script} runs the command with. */
    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static ToolProcess launch(Path optoutHome, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OPTOUT_HOME", optoutHome.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        try {
            return new ToolProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types {@code keys} on the tool's standard input, e.g. an answer and {@code \r} for Enter. */
    void type(String keys) {
        try {
            stdin.write(keys.getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Every process the tool has started so far: its driver and browser. */
    List<ProcessHandle> descendants() {
        return process.toHandle().descendants().toList();
    }

    /** Waits until standard output holds {@code text}; fails with what the tool printed if it never does. */
    void awaitOutput(String text, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (!out.toString().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the tool never printed '" + text + "'" + (process.isAlive() ? ""
                        : " (it ended with " + process.exitValue() + ")") + "\n--- stdout\n" + out + "--- stderr\n"
                        + err);
            }
            pause(Duration.ofMillis(100));
        }
    }

    /** Sends a signal, e.g. {@code INT} or {@code TERM}, to the tool's JVM only, as {@code kill -s NAME PID}. */
    void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", name, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new AssertionError("kill -s " + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The exit code, once the tool ended within {@code limit}. */
    int awaitExit(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the tool did not end within " + limit.toSeconds() + " s\n--- stdout\n"
                        + out + "--- stderr\n" + err);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException alreadyClosed) {
            // The tool ended and closed its end.
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(InputStream from, StringBuffer into) {
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ended) {
                // The tool is gone.
            }
        }, "tool-output");
        reader.setDaemon(true);
        reader.start();
    }
}
