package dev.optout.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to start the browser.
 *
 * @param profile  the dedicated user-data folder the person logs into once; kept between runs
 * @param driver   an explicit driver ({@code --driver}), else it is resolved
 * @param binary   an explicit browser executable, else the browser is looked up
 * @param browser  which browser ({@code --browser}); when empty, Chrome, else Chromium
 */
public record LaunchSettings(Path profile, boolean headless, Optional<Path> driver, Optional<Path> binary,
                             Duration pageLoadTimeout, Optional<BrowserKind> browser) {

    public LaunchSettings(Path profile, boolean headless, Optional<Path> driver, Optional<Path> binary,
                          Duration pageLoadTimeout) {
        this(profile, headless, driver, binary, pageLoadTimeout, Optional.empty());
    }
}
