package dev.optout.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Finds a browser's driver: the path the person gave, else one on the PATH, else a download through
 * WebDriverManager. The download runs on a daemon thread under a hard time limit, because WebDriverManager's own
 * timeout does not hold when the network silently drops packets. Selenium Manager is never asked: it can block for
 * minutes.
 */
public final class DriverResolver {

    private static final Duration DOWNLOAD_LIMIT = Duration.ofSeconds(90);

    private final DriverKind kind;
    private final Optional<Path> explicit;
    private final ExecutableLookup lookup;
    private final Supplier<Path> downloader;
    private final Duration downloadLimit;

    public DriverResolver(Optional<Path> explicit, ExecutableLookup lookup, Supplier<Path> downloader,
                          Duration downloadLimit) {
        this(DriverKind.CHROMEDRIVER, explicit, lookup, downloader, downloadLimit);
    }

    public DriverResolver(DriverKind kind, Optional<Path> explicit, ExecutableLookup lookup,
                          Supplier<Path> downloader, Duration downloadLimit) {
        this.kind = kind;
        this.explicit = explicit;
        this.lookup = lookup;
        this.downloader = downloader;
        this.downloadLimit = downloadLimit;
    }

    /** {@code --driver}, then the driver's system property, then the PATH, then a download. */
    public static DriverResolver standard(DriverKind kind, Optional<Path> driverOption) {
        return new DriverResolver(kind, explicit(kind, driverOption), ExecutableLookup.fromEnvironment(),
                kind.download(), DOWNLOAD_LIMIT);
    }

    static Optional<Path> explicit(DriverKind kind, Optional<Path> driverOption) {
        return driverOption.or(() -> Optional.ofNullable(System.getProperty(kind.property()))
                .filter(p -> !p.isBlank()).map(Path::of));
    }

    public Path resolve() {
        return resolveLocally().orElseGet(this::download);
    }

    /** The explicit driver or one on the PATH, without any download; for {@code doctor}. */
    public Optional<Path> resolveLocally() {
        if (explicit.isPresent()) {
            Path path = explicit.get();
            if (!ExecutableLookup.isExecutable(path)) {
                throw new BrowserUnavailableException(kind.program() + " not found at " + path
                        + ": pass --driver with the path of an executable " + kind.program());
            }
            return Optional.of(path);
        }
        return lookup.find(List.of(kind.program()), List.of());
    }

    private Path download() {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, kind.program() + "-download");
            thread.setDaemon(true);
            return thread;
        });
        String fix = kind.installHint() + " or pass --driver PATH";
        try {
            Future<Path> download = executor.submit(downloader::get);
            return download.get(downloadLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BrowserUnavailableException("no " + kind.program() + " on the PATH and downloading one took "
                    + "longer than " + downloadLimit.toSeconds() + " s: " + fix);
        } catch (ExecutionException e) {
            throw new BrowserUnavailableException("no " + kind.program() + " on the PATH and the download failed ("
                    + rootMessage(e) + "): " + fix, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserUnavailableException("interrupted while downloading " + kind.program());
        } finally {
            executor.shutdownNow();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
