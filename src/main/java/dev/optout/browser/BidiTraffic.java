package dev.optout.browser;

import dev.optout.page.Traffic;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.network.BaseParameters;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * The tab's requests as the browser reports them over WebDriver BiDi (the W3C protocol: Chrome, Edge and Firefox):
 * each as it leaves, then its answer or its failure. Unlike the page's Resource Timing, it shows a request still under
 * way, so it alone can tell that nothing left. It listens to every tab of the browser the tool started, so that no
 * send is missed whichever tab it left from (a request too many only ever reads as "something left"); in a browser
 * the tool attached to, the person's other tabs are not its business, and there it is not used at all.
 */
final class BidiTraffic {

    static final String SOURCE = "WebDriver BiDi network events";
    /** Enough for a long run on a busy page; older requests are long judged. */
    private static final int MOST_KEPT = 5000;
    /** How long a judgment waits for the connection begun at the start; far less than any page takes to load. */
    private static final long CONNECT_WAIT_SECONDS = 10;
    private static final double CLOCK_SLACK_MILLIS = 25;

    /** @param kind {@code navigation}, else what sent it as the browser says ({@code fetch}, {@code beacon}…) */
    private record Sent(double at, String id, String address, String method, String kind) {
    }

    private final Deque<Sent> sent = new ArrayDeque<>();
    private final Map<String, Integer> answers = new HashMap<>();
    private final Map<String, Boolean> failures = new HashMap<>();
    private final CompletableFuture<Optional<Network>> connected;
    private volatile boolean subscribed;
    private volatile boolean failed;

    private BidiTraffic(CompletableFuture<Optional<Network>> connected) {
        this.connected = connected;
    }

    /**
     * Connects, in the background so that the session's first page need not wait for it, when the session has a
     * BiDi connection (it was asked for with {@code webSocketUrl}); empty when it has none. Nothing is listened to
     * yet (see {@link #listen}).
     */
    static Optional<BidiTraffic> connect(WebDriver driver) {
        if (!(driver instanceof RemoteWebDriver remote) || !offered(remote.getCapabilities())) {
            return Optional.empty();
        }
        CompletableFuture<Optional<Network>> connected = new CompletableFuture<>();
        Thread connecting = new Thread(() -> {
            try {
                connected.complete(Optional.of(new Network(driver)));
            } catch (RuntimeException e) {
                // No events then: the page's Resource Timing is the evidence instead.
                connected.complete(Optional.empty());
            }
        }, "optout-bidi-connect");
        connecting.setDaemon(true);
        connecting.start();
        return Optional.of(new BidiTraffic(connected));
    }

    /**
     * From now on, every request is reported as it leaves, with its answer or its failure; whether that works.
     * Called right before the first send and not sooner: each event costs the browser and optout a little, and a page
     * that reports every key press (as Meta's log their use) would make typing slower for nothing.
     */
    synchronized boolean listen() {
        if (subscribed || failed) {
            return subscribed;
        }
        try {
            Optional<Network> network = connected.get(CONNECT_WAIT_SECONDS, TimeUnit.SECONDS);
            if (network.isEmpty()) {
                failed = true;
                return false;
            }
            network.get().onBeforeRequestSent(this::left);
            // The status is in once the answer's head has arrived: a page that never reads an error's body
            // leaves its response uncompleted for good, so the completion is not waited for.
            network.get().onResponseStarted(e -> answered(e.getRequest().getRequestId(),
                    (int) e.getResponseData().getStatus()));
            network.get().onFetchError(this::failed);
            subscribed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            failed = true;
        }
        return subscribed;
    }

    /** As {@link #listen}, in the background: a send is near, and the first mark before it will wait for this. */
    void listenSoon() {
        if (subscribed || failed) {
            return;
        }
        Thread subscribing = new Thread(this::listen, "optout-bidi-listen");
        subscribing.setDaemon(true);
        subscribing.start();
    }

    /** Whether the events are coming: false before {@link #listen} or when it failed (Resource Timing serves then). */
    boolean listening() {
        return subscribed;
    }

    private static boolean offered(Capabilities capabilities) {
        return capabilities.getCapability("webSocketUrl") instanceof String;
    }


    /**
     * The requests that left at or after {@code epochMillis} on the browser's clock. The events' clock
     * and the page's may differ by a few milliseconds; a request of the moment before counts rather than one of the
     * moment after being missed, since a send missed would read as nothing sent.
     */
    Traffic since(double epochMillis) {
        double from = epochMillis - CLOCK_SLACK_MILLIS;
        List<Traffic.Request> requests = new ArrayList<>();
        synchronized (this) {
            for (Sent request : sent) {
                if (request.at() >= from) {
                    Integer status = answers.get(request.id());
                    requests.add(new Traffic.Request(request.address(), request.method(), request.kind(),
                            status == null ? OptionalInt.empty() : OptionalInt.of(status),
                            failures.containsKey(request.id())));
                }
            }
        }
        return new Traffic(SOURCE, true, requests);
    }

    private void left(BaseParameters event) {
        String initiator = event.getRequest().getInitiatorType();
        String kind = event.getNavigationId() != null ? "navigation" : initiator == null ? "other" : initiator;
        Sent request = new Sent(event.getTimestamp(), event.getRequest().getRequestId(),
                addressOf(event.getRequest().getUrl()), event.getRequest().getMethod(), kind);
        synchronized (this) {
            // A redirect is the same request going on elsewhere: one entry, at its latest address.
            sent.removeIf(s -> s.id().equals(request.id()));
            sent.addLast(request);
            while (sent.size() > MOST_KEPT) {
                Sent oldest = sent.removeFirst();
                answers.remove(oldest.id());
                failures.remove(oldest.id());
            }
        }
    }

    private synchronized void answered(String id, int status) {
        answers.put(id, status);
    }

    private synchronized void failed(BaseParameters event) {
        failures.put(event.getRequest().getRequestId(), true);
    }

    /** Scheme, host and path: a query may carry what the person typed. */
    static String addressOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return uri.getScheme() == null ? "(unreadable address)" : uri.getScheme() + ":…";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "(unreadable address)";
        }
    }
}
