package dev.optout.testing;

import dev.optout.browser.BrowserSession;
import dev.optout.browser.ChromeLauncher;
import dev.optout.browser.LaunchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A real headless Chromium on a throwaway profile, started the way the tool starts it. */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    public static BrowserSession start() {
        try {
            return start(Files.createTempDirectory("optout-test-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BrowserSession start(Path profile) {
        return ChromeLauncher.standard().launch(new LaunchSettings(profile, true, Optional.empty(), Optional.empty(),
                Duration.ofSeconds(30)));
    }
}
