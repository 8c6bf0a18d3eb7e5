package dev.optout.browser;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts Chrome, Chromium or Edge for attaching: on a dedicated profile, its debugging port bound to 127.0.0.1,
 * detached from the tool so it keeps running after the tool ends. Never with {@code --remote-allow-origins=*}:
 * the port has no password, and only ChromeDriver on this computer needs it.
 */
public final class BrowserStarter {

    private static final Duration POLL = Duration.ofMillis(200);

    private final BrowserBinaries binaries;
    private final ProfileGuard guard;
    private final Duration startLimit;

    public BrowserStarter(BrowserBinaries binaries, ProfileGuard guard, Duration startLimit) {
        this.binaries = binaries;
        this.guard = guard;
        this.startLimit = startLimit;
    }

    public static BrowserStarter standard() {
        return new BrowserStarter(BrowserBinaries.standard(), ProfileGuard.standard(), Duration.ofSeconds(30));
    }

    /**
     * What to start.
     *
     * @param browser which browser; when empty, Chrome, else Chromium
     */
    public record Request(Optional<BrowserKind> browser, int port, Path profile, boolean headless,
                          Optional<Path> binary) {
    }

    /** A browser now answering on its debugging port. */
    public record Started(BrowserKind kind, Path binary, DebuggingAddress address, long pid, String product) {
    }

    public Started start(Request request) {
        if (request.browser().filter(kind -> !kind.chromiumBased()).isPresent()) {
            throw new BrowserUnavailableException("Firefox cannot be attached to: leave out 'browser start' and "
                    + "run with --browser firefox, which starts Firefox on its own dedicated profile");
        }
        BrowserBinaries.Located browser = locate(request);
        DebuggingAddress address = DebuggingAddress.loopback(request.port());
        DevTools devTools = new DevTools(address);
        devTools.version().ifPresent(running -> {
            throw new BrowserUnavailableException(running.product() + " already answers on " + address
                    + ": attach to it with --attach " + address + ", or choose another --port");
        });
        requireFreePort(request.port());
        guard.check(browser.kind(), request.profile());
        ChromeLauncher.prepareProfile(request.profile());
        Process process = launch(command(browser.binary(), request));
        return awaitAnswer(process, browser, address, devTools);
    }

    private BrowserBinaries.Located locate(Request request) {
        if (request.browser().isPresent()) {
            BrowserKind kind = request.browser().get();
            return new BrowserBinaries.Located(kind, request.binary().or(() -> binaries.find(kind))
                    .orElseThrow(() -> ChromeLauncher.notFound(kind)));
        }
        return binaries.preferred().orElseThrow(() -> new BrowserUnavailableException("no Chrome or Chromium "
                + "found: install one (Debian/Ubuntu: apt-get install chromium) or name one with --browser"));
    }

    /** The command line: the browser, then {@link #arguments}, behind {@code setsid} where it exists. */
    static List<String> command(Path binary, Request request) {
        List<String> command = new ArrayList<>();
        setsid().ifPresent(command::add);
        command.add(binary.toString());
        command.addAll(arguments(request));
        return command;
    }

    static List<String> arguments(Request request) {
        List<String> args = new ArrayList<>(List.of(
                "--remote-debugging-port=" + request.port(),
                "--remote-debugging-address=127.0.0.1",
                "--user-data-dir=" + request.profile().toAbsolutePath(),
                "--no-first-run",
                "--no-default-browser-check"));
        if (request.headless()) {
            args.addAll(List.of("--headless=new", "--disable-gpu"));
        }
        if (ChromeLauncher.runsAsRoot()) {
            args.add("--no-sandbox");
        }
        return args;
    }

    /** A new session, so closing the terminal or pressing Ctrl-C there does not end the browser. */
    private static Optional<String> setsid() {
        if (OperatingSystem.current() != OperatingSystem.LINUX) {
            return Optional.empty();
        }
        return new ExecutableLookup(List.of(Path.of("/usr/bin"), Path.of("/bin"))).find(List.of("setsid"), List.of())
                .map(Path::toString);
    }

    private static void requireFreePort(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new BrowserUnavailableException("port " + port + " on 127.0.0.1 is taken by another program: "
                    + "choose another with --port N");
        }
    }

    private static Process launch(List<String> command) {
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new BrowserUnavailableException("could not start " + command + ": " + e.getMessage(), e);
        }
    }

    private Started awaitAnswer(Process process, BrowserBinaries.Located browser, DebuggingAddress address,
                                DevTools devTools) {
        Instant deadline = Instant.now().plus(startLimit);
        while (Instant.now().isBefore(deadline)) {
            Optional<DevTools.BrowserVersion> version = devTools.version();
            if (version.isPresent()) {
                return new Started(browser.kind(), browser.binary(), address, process.pid(), version.get().product());
            }
            if (exitedWithin(process, POLL)) {
                throw new BrowserUnavailableException(browser.kind().displayName() + " at " + browser.binary()
                        + " ended at once (exit code " + process.exitValue() + ") without opening port "
                        + address.port() + ": if it is already open on that profile, close it or attach to it");
            }
        }
        process.destroy();
        throw new BrowserUnavailableException(browser.kind().displayName() + " did not answer on " + address
                + " within " + startLimit.toSeconds() + " s; it was stopped again. Run 'optout doctor' to check it");
    }

    /** Waits for the process to end, at most {@code limit}: the pause between two questions to the port. */
    private static boolean exitedWithin(Process process, Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserUnavailableException("interrupted while waiting for the browser to start");
        }
    }

    private static File nullDevice() {
        return new File(OperatingSystem.current() == OperatingSystem.WINDOWS ? "NUL" : "/dev/null");
    }
}
