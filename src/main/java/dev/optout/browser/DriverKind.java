package dev.optout.browser;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The WebDriver program that drives a browser, and where a person gets it. */
public enum DriverKind {
    CHROMEDRIVER("chromedriver", "webdriver.chrome.driver",
            "install chromedriver (Debian/Ubuntu: apt-get install chromium-driver)"),
    MSEDGEDRIVER("msedgedriver", "webdriver.edge.driver",
            "install msedgedriver (Microsoft's Edge WebDriver, same major version as Edge)"),
    GECKODRIVER("geckodriver", "webdriver.gecko.driver",
            "install geckodriver (Mozilla's releases, or your system's package)");

    private final String program;
    private final String property;
    private final String installHint;

    DriverKind(String program, String property, String installHint) {
        this.program = program;
        this.property = property;
        this.installHint = installHint;
    }

    public String program() {
        return program;
    }

    /** The Java system property that names this driver's path, Selenium's convention. */
    public String property() {
        return property;
    }

    public String installHint() {
        return installHint;
    }

    /** WebDriverManager's download for this driver; only ever called under {@link DriverResolver}'s time limit. */
    Supplier<Path> download() {
        return () -> WebDriverManagerDownload.of(this);
    }
}
