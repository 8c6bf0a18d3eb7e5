package dev.optout.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every process the tool started, the browser it launched and the drivers included: all of them are descendants of
 * its own process, and nothing else is (a browser the person started, which the tool attaches to, is not). Stopping
 * them takes no WebDriver call, so it works while the main thread is inside one.
 */
final class StartedProcesses {

    /** Where a Chromium started with {@code --remote-debugging-port=0}, as ChromeDriver starts it, names its port. */
    private static final String ACTIVE_PORT_FILE = "DevToolsActivePort";
    private static final Duration KILLED_GONE_WITHIN = Duration.ofSeconds(2);

    private StartedProcesses() {
    }

    /**
     * Quits the Chromium the tool launched on {@code profile} at {@code launched} the clean way (so it saves the
     * profile and removes its lock), then stops everything else the tool started.
     */
    static void stop(Path profile, Instant launched, Duration grace) {
        List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
        List<ProcessHandle> browser = naming(profile);
        Optional<DebuggingAddress> port = browser.isEmpty() ? Optional.empty() : activePort(profile, launched);
        if (port.isPresent() && new DevTools(port.get()).closeBrowser()) {
            awaitEnd(browser, grace);
        }
        stop(grace);
        // The browser's helpers, orphaned when it quit, are no descendants any more: the tool waits for them too.
        awaitEnd(started, KILLED_GONE_WITHIN);
    }

    /**
     * Asks every started process to end (SIGTERM), waits up to {@code grace} for all of them, and kills what is left.
     */
    static void stop(Duration grace) {
        List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
        started.forEach(ProcessHandle::destroy);
        awaitEnd(started, grace);
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        // A process whose parent ended first is gone only once the system has reaped it: the tool ends after that,
        // so that nothing it started outlives it, not even for a moment.
        awaitEnd(started, KILLED_GONE_WITHIN);
    }

    /** The started processes that run on this profile: the browser and its helpers name it on their command line. */
    private static List<ProcessHandle> naming(Path profile) {
        String folder = profile.toAbsolutePath().toString();
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains(folder)).orElse(false)).toList();
    }

    /**
     * The debugging port the browser wrote into the profile, trusted only when written since this launch: an older
     * file may name a port another browser now listens on, which must never be told to quit.
     */
    private static Optional<DebuggingAddress> activePort(Path profile, Instant launched) {
        Path file = profile.resolve(ACTIVE_PORT_FILE);
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isBefore(launched)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty()
                    : Optional.of(DebuggingAddress.loopback(Integer.parseInt(lines.get(0).strip())));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static void awaitEnd(List<ProcessHandle> processes, Duration grace) {
        CompletableFuture<?>[] endings = processes.stream().map(ProcessHandle::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(endings).get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // What is still running is killed by the caller.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
