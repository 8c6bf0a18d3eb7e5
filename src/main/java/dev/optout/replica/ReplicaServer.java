package dev.optout.replica;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bundled imitation of Meta's pages, served on {@code 127.0.0.1} for the tests and for
 * {@code optout demo}. Loopback only: the replica collects what a browser types and must never be reachable from
 * the network.
 */
public final class ReplicaServer implements AutoCloseable {
    /** Where the replica's own endpoints live (records, keystrokes, assets): no real Meta page is there. */
    static final String OWN_PATHS = "/__replica/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Scenario scenario;
    private final Recorder recorder;
    private final CountDownLatch stopped;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReplicaServer(HttpServer server, ExecutorService executor, Scenario scenario, Recorder recorder,
                          CountDownLatch stopped) {
        this.server = server;
        this.executor = executor;
        this.scenario = scenario;
        this.recorder = recorder;
        this.stopped = stopped;
    }

    /** Starts on a free port chosen by the system. */
    public static ReplicaServer start(Scenario scenario) {
        return start(scenario, 0);
    }

    /** Starts on {@code port} of {@code 127.0.0.1}; 0 picks a free one. */
    public static ReplicaServer start(Scenario scenario, int port) {
        Recorder recorder = new Recorder();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the replica on 127.0.0.1:" + port, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        server.createContext("/", new SlowPages(scenario, stopped,
                new ClosingConnections(scenario, routes(scenario, recorder))));
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        startAsDaemon(server);
        return new ReplicaServer(server, executor, scenario, recorder, stopped);
    }

    /**
     * The JDK server's dispatcher thread inherits the daemon flag of the thread that calls {@code start()}; started
     * from {@code main} it would keep the JVM alive after a failure that skipped {@link #close()}.
     */
    private static void startAsDaemon(HttpServer server) {
        Thread starter = daemonThreads().newThread(server::start);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            server.stop(0);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the replica", e);
        }
    }

    private static Router routes(Scenario scenario, Recorder recorder) {
        LoginPage loginPage = new LoginPage(scenario);
        Router router = new Router(new NotFoundPage(scenario))
                .get("/", new IndexPage(scenario))
                .get(LoginPage.PATH, loginPage)
                .post(LoginPage.PATH, new LoginSubmit(loginPage))
                .post(KeystrokeEndpoint.PATH, new KeystrokeEndpoint(recorder))
                .get(RecordsEndpoint.SUBMISSIONS, RecordsEndpoint.submissions(recorder))
                .get(RecordsEndpoint.KEYSTROKES, RecordsEndpoint.keystrokes(recorder))
                .post(TimestampEndpoint.PATH, new TimestampEndpoint(recorder))
                .get(RecordsEndpoint.TIMESTAMPS, RecordsEndpoint.timestamps(recorder))
                .post(DecoyEndpoint.PATH, new DecoyEndpoint(recorder))
                .get(RecordsEndpoint.DECOYS, RecordsEndpoint.decoys(recorder))
                .get(TextIndex.PATH, new TextIndexEndpoint())
                .getUnder(AssetHandler.PREFIX, new AssetHandler())
                .getUnder(PatternPages.PREFIX, new PatternPages());
        ObjectionForm.FACEBOOK.addRoutes(router, scenario, recorder);
        ObjectionForm.INSTAGRAM.addRoutes(router, scenario, recorder);
        PrivacyPages.addRoutes(router, scenario);
        FlowRoutes.addTo(router, scenario, recorder);
        return router;
    }

    /** Daemon threads, so a test that fails before {@link #close()} cannot keep the JVM alive. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "replica-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** For example {@code http://127.0.0.1:43123}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public Scenario scenario() {
        return scenario;
    }

    public Recorder recorder() {
        return recorder;
    }

    /** Stops at once, without waiting for open exchanges; the port is free when this returns. Safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            stopped.countDown();
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
