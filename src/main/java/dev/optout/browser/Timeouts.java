package dev.optout.browser;

import java.time.Duration;
import org.openqa.selenium.remote.AbstractDriverOptions;

/**
 * The timeouts every session gets, launched or attached: no implicit wait, ever (the engine waits itself).
 * They travel in the new-session request (the W3C "timeouts" capability), so setting them costs no round trip of
 * its own: three commands fewer before the first page, on every run.
 */
final class Timeouts {

    static final Duration SCRIPT = Duration.ofSeconds(30);

    private Timeouts() {
    }

    static <T extends AbstractDriverOptions<?>> T into(T options, Duration pageLoad) {
        options.setImplicitWaitTimeout(Duration.ZERO);
        options.setPageLoadTimeout(pageLoad);
        options.setScriptTimeout(SCRIPT);
        return options;
    }
}
