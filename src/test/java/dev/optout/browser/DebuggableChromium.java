package dev.optout.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A headless Chromium the test starts itself with a debugging port on a temporary profile, the way a person would
 * start theirs for attaching, with one tab of "their own" open.
 */
public final class DebuggableChromium implements AutoCloseable {

    public static final String PERSONS_TAB = "data:text/html,<title>mine</title>the person's own tab";

    private final Process process;
    private final int port;
    private final Path profile;

    private DebuggableChromium(Process process, int port, Path profile) {
        this.process = process;
        this.port = port;
        this.profile = profile;
    }

    public static DebuggableChromium start(Path profile) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("/usr/bin/chromium", "--headless=new", "--disable-gpu",
                "--remote-debugging-port=" + port, "--remote-debugging-address=127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath(), "--no-first-run", "--no-default-browser-check",
                "--disable-dev-shm-usage"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox");
        }
        command.add(PERSONS_TAB);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            DebuggableChromium chromium = new DebuggableChromium(process, port, profile);
            chromium.awaitPort();
            return chromium;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPort() {
        Instant deadline = Instant.now().plusSeconds(30);
        DevTools devTools = new DevTools(address());
        while (devTools.version().isEmpty()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                close();
                throw new IllegalStateException("the test's Chromium did not open port " + port);
            }
            pause(Duration.ofMillis(100));
        }
    }

    public DebuggingAddress address() {
        return DebuggingAddress.loopback(port);
    }

    public String attachArgument() {
        return address().toString();
    }

    public Path profile() {
        return profile;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The URLs of the browser's ordinary tabs, from its own debugging port. */
    public List<String> tabUrls() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/json/list")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> urls = new ArrayList<>();
            for (JsonNode target : new ObjectMapper().readTree(response.body())) {
                if ("page".equals(target.path("type").asText())) {
                    urls.add(target.path("url").asText());
                }
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Quits the browser the way its own menu does ({@code Browser.close}), so that it writes its cookies to the
     * profile first, and waits for it to end (killing it after 30 s).
     */
    public void quit() {
        new DevTools(address()).closeBrowser();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the browser at once, the way a crash or the person's "quit" would. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
