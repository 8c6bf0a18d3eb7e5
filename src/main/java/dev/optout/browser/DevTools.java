package dev.optout.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The debugging port's small HTTP side, asked with short time limits before ChromeDriver is: ChromeDriver blocks
 * for 60 s on a port where nothing listens.
 */
public final class DevTools {

    public static final Duration PROBE_LIMIT = Duration.ofSeconds(2);

    private final DebuggingAddress address;
    private final Duration limit;
    private final HttpClient http;

    public DevTools(DebuggingAddress address, Duration limit) {
        this.address = address;
        this.limit = limit;
        this.http = HttpClient.newBuilder().connectTimeout(limit).followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY).build();
    }

    public DevTools(DebuggingAddress address) {
        this(address, PROBE_LIMIT);
    }

    /** What {@code /json/version} says, e.g. {@code Chrome/156.0.8078.108}; empty when nothing answers. */
    public Optional<BrowserVersion> version() {
        return get("/json/version").flatMap(DevTools::parseVersion);
    }

    /** Closes one tab by its target id (ChromeDriver's window handle); false when the browser did not answer. */
    public boolean closeTarget(String targetId) {
        if (!targetId.matches("[A-Za-z0-9_-]+")) {
            return false;
        }
        return get("/json/close/" + targetId).isPresent();
    }

    /**
     * Asks the browser to quit, as its own menu would: over its DevTools socket, with {@code Browser.close}, so that
     * it saves the profile and removes its lock. A connection of its own, so it works while ChromeDriver is in the
     * middle of a command. False when the browser did not answer within the limit.
     */
    public boolean closeBrowser() {
        Optional<String> socket = get("/json/version").flatMap(DevTools::webSocketUrl);
        if (socket.isEmpty()) {
            return false;
        }
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        try {
            WebSocket webSocket = http.newWebSocketBuilder().connectTimeout(limit)
                    .buildAsync(URI.create(socket.get()), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            answered.complete(true);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                            answered.complete(true);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket ws, Throwable error) {
                            // The browser closing the socket as it quits is the expected way for this to end.
                            answered.complete(true);
                        }
                    }).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            webSocket.sendText("{\"id\":1,\"method\":\"Browser.close\"}", true)
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return answered.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The browser's own DevTools socket, which {@code /json/version} names. */
    static Optional<String> webSocketUrl(String versionJson) {
        try {
            JsonNode url = new ObjectMapper().readTree(versionJson).path("webSocketDebuggerUrl");
            return url.isTextual() && url.asText().startsWith("ws://127.0.0.1:") ? Optional.of(url.asText())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How many ordinary tabs the browser has; 0 when it does not answer. */
    public int pageCount() {
        return get("/json/list").map(DevTools::countPages).orElse(0);
    }

    static int countPages(String json) {
        try {
            JsonNode list = new ObjectMapper().readTree(json);
            int pages = 0;
            for (JsonNode target : list == null ? java.util.List.<JsonNode>of() : list) {
                if ("page".equals(target.path("type").asText())) {
                    pages++;
                }
            }
            return pages;
        } catch (IOException e) {
            return 0;
        }
    }

    private Optional<String> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(address.httpBase() + path)).timeout(limit)
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<BrowserVersion> parseVersion(String json) {
        try {
            JsonNode node = new ObjectMapper().readTree(json);
            JsonNode browser = node == null ? null : node.get("Browser");
            return browser == null || !browser.isTextual() ? Optional.empty()
                    : Optional.of(BrowserVersion.fromProduct(browser.asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A browser as its debugging port names itself.
     *
     * @param product e.g. {@code Chrome/156.0.8078.108} or {@code Edg/140.0.3485.54}
     */
    public record BrowserVersion(String product, BrowserKind kind, Optional<Integer> major) {

        static BrowserVersion fromProduct(String product) {
            BrowserKind kind = product.startsWith("Edg") ? BrowserKind.EDGE : BrowserKind.CHROME;
            int slash = product.indexOf('/');
            Optional<Integer> major = slash < 0 ? Optional.empty()
                    : ProgramVersion.major(product.substring(slash + 1));
            return new BrowserVersion(product, kind, major);
        }
    }
}
