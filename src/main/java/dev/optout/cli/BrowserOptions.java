package dev.optout.cli;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options that say which browser to drive and how. */
public final class BrowserOptions {

    @Option(names = "--headless", description = "Run the browser without a window (for scripts; you cannot log in).")
    boolean headless;

    @Option(names = "--profile", paramLabel = "DIR",
            description = "Browser profile folder to use (default: the dedicated optout profile in your data folder).")
    Path profile;

    @Option(names = "--driver", paramLabel = "PATH",
            description = "chromedriver to use (default: -Dwebdriver.chrome.driver, then the PATH, then a download).")
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
}
