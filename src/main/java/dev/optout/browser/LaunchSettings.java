package dev.optout.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to start the browser.
 *
 * @param profile  the dedicated user-data folder the person logs into once; kept between runs
 * @param driver   an explicit chromedriver ({@code --driver}), else it is resolved
 * @param binary   an explicit browser executable, else Chrome or Chromium is looked up
 */
public record LaunchSettings(Path profile, boolean headless, Optional<Path> driver, Optional<Path> binary,
                             Duration pageLoadTimeout) {
}
