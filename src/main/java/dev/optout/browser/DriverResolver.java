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
 * Finds chromedriver: the path the person gave, else one on the PATH, else a download through WebDriverManager.
 * The download runs on a daemon thread under a hard time limit, because WebDriverManager's own timeout does not
 * hold when the network silently drops packets. Selenium Manager is never asked: it can block for minutes.
 */
public final class DriverResolver {

    public static final String DRIVER_PROPERTY = "webdriver.chrome.driver";

    private final Optional<Path> explicit;
    private final ExecutableLookup lookup;
    private final Supplier<Path> downloader;
    private final Duration downloadLimit;

    public DriverResolver(Optional<Path> explicit, ExecutableLookup lookup, Supplier<Path> downloader,
                          Duration downloadLimit) {
        this.explicit = explicit;
        this.lookup = lookup;
        this.downloader = downloader;
        this.downloadLimit = downloadLimit;
    }

    /** The standard resolver: {@code --driver}, then {@value #DRIVER_PROPERTY}, then PATH, then a download. */
    public static DriverResolver standard(Optional<Path> driverOption) {
        Optional<Path> explicit = driverOption.or(() -> Optional.ofNullable(System.getProperty(DRIVER_PROPERTY))
                .filter(p -> !p.isBlank()).map(Path::of));
        return new DriverResolver(explicit, ExecutableLookup.fromEnvironment(), WebDriverManagerDownload::chromedriver,
                Duration.ofSeconds(90));
    }

    public Path resolve() {
        if (explicit.isPresent()) {
            Path path = explicit.get();
            if (!ExecutableLookup.isExecutable(path)) {
                throw new BrowserUnavailableException("chromedriver not found at " + path
                        + ": pass --driver with the path of an executable chromedriver");
            }
            return path;
        }
        return lookup.find(List.of("chromedriver"), List.of()).orElseGet(this::download);
    }

    private Path download() {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chromedriver-download");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Path> download = executor.submit(downloader::get);
            return download.get(downloadLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BrowserUnavailableException("no chromedriver on the PATH and downloading one took longer than "
                    + downloadLimit.toSeconds() + " s: install chromedriver (Debian/Ubuntu: apt-get install "
                    + "chromium-driver) or pass --driver PATH");
        } catch (ExecutionException e) {
            throw new BrowserUnavailableException("no chromedriver on the PATH and the download failed ("
                    + rootMessage(e) + "): install chromedriver (Debian/Ubuntu: apt-get install chromium-driver) "
                    + "or pass --driver PATH", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserUnavailableException("interrupted while downloading chromedriver");
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
