package dev.optout.cli;

import dev.optout.browser.BrowserKind;
import dev.optout.browser.DebuggingAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that say which browser to drive and how: one the tool starts, or the person's own via --attach. */
public final class BrowserOptions {

    @Option(names = "--browser", paramLabel = "NAME",
            description = "chrome, chromium, edge or firefox (default: Chrome, else Chromium; with --attach: "
                    + "whatever answers on the port).")
    String browser;

    @Option(names = "--attach", paramLabel = "127.0.0.1:PORT",
            description = "Work in a new tab of a Chrome, Chromium or Edge you started with a debugging port "
                    + "(see 'optout browser start'); only that tab is closed at the end.")
    String attach;

    @Option(names = "--headless", description = "Run the browser without a window (for scripts; you cannot log in).")
    boolean headless;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Browser profile folder to use (default: the dedicated optout profile in your data folder).")
    Path profile;

    @Option(names = "--driver", paramLabel = "PATH",
            description = "Driver to use: chromedriver, msedgedriver or geckodriver (default: "
                    + "-Dwebdriver.chrome.driver and the like, then the PATH, then a download).")
    Path driver;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "How long a step waits for its element (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    Duration stepTimeout() {
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            throw new UserError(ExitCodes.USAGE, "--timeout must be between 1 and 3600 seconds, not "
                    + timeoutSeconds);
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    Optional<BrowserKind> browserKind() {
        if (browser == null) {
            return Optional.empty();
        }
        return Optional.of(BrowserKind.parse(browser).orElseThrow(() -> new UserError(ExitCodes.USAGE,
                "--browser must be one of " + BrowserKind.ids() + ", not " + browser)));
    }

    /** The browser to attach to, checked: loopback only, and not combined with options for starting one. */
    Optional<DebuggingAddress> attachAddress() {
        if (attach == null) {
            return Optional.empty();
        }
        DebuggingAddress address;
        try {
            address = DebuggingAddress.parse(attach);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, "--attach " + e.getMessage());
        }
        if (profile != null || headless) {
            throw new UserError(ExitCodes.USAGE, "--attach drives a browser that is already running, so "
                    + (profile != null ? "--profile" : "--headless") + " has no effect: leave it out, or leave out "
                    + "--attach to let optout start the browser");
        }
        if (browserKind().filter(kind -> !kind.chromiumBased()).isPresent()) {
            throw new UserError(ExitCodes.USAGE, "--attach works with Chrome, Chromium and Edge; for Firefox leave "
                    + "out --attach");
        }
        return Optional.of(address);
    }

    /** The profile folder: the one given, else the dedicated one for this browser in the user's data folder. */
    Path profileOr(UserFolders folders) {
        return profile != null ? profile : folders.profileFor(browserKind());
    }
}
