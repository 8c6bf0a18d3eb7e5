package dev.optout.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to drive a browser the person started with a debugging port.
 *
 * @param browser which browser it is, when the person said so; else read from its debugging port
 * @param driver  an explicit driver ({@code --driver}), else it is resolved
 */
public record AttachSettings(DebuggingAddress address, Optional<BrowserKind> browser, Optional<Path> driver,
                             Duration pageLoadTimeout) {
}
