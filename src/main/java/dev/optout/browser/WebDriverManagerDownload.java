package dev.optout.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.nio.file.Path;

/** The last resort for a driver: WebDriverManager's download, always run under {@link DriverResolver}'s limit. */
final class WebDriverManagerDownload {

    private WebDriverManagerDownload() {
    }

    static Path chromedriver() {
        return of(DriverKind.CHROMEDRIVER);
    }

    static Path of(DriverKind kind) {
        WebDriverManager manager = switch (kind) {
            case CHROMEDRIVER -> WebDriverManager.chromedriver();
            case MSEDGEDRIVER -> WebDriverManager.edgedriver();
            case GECKODRIVER -> WebDriverManager.firefoxdriver();
        };
        manager.avoidShutdownHook().setup();
        String path = manager.getDownloadedDriverPath();
        if (path == null) {
            throw new IllegalStateException("WebDriverManager resolved no driver");
        }
        return Path.of(path);
    }
}
