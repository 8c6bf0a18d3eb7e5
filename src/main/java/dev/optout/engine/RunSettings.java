package dev.optout.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * How to walk a pack.
 *
 * @param assumeYes          answer yes at confirm steps ({@code --yes}), for scripted runs
 * @param locale             page language to use instead of {@code <html lang>} ({@code --locale})
 * @param stepTimeout        how long a step waits for its target unless the pack says otherwise
 * @param personTimeout      how long a wait-for-person step waits for the person (logging in can take a while)
 * @param valuesInFull       the confirmation shows personal values unmasked: only for the person at their own
 *                           terminal; progress notes and reports stay masked whatever this says
 * @param personAtTheBrowser whether someone can act in the browser window: not in a headless browser, where a login
 *                           wall or a JavaScript dialog ends the run at once instead of waiting for nobody
 */
public record RunSettings(Mode mode, boolean assumeYes, Optional<String> locale, Duration stepTimeout,
                          Duration personTimeout, boolean valuesInFull, boolean personAtTheBrowser) {

    public static RunSettings defaults(Mode mode) {
        return new RunSettings(mode, false, Optional.empty(), Duration.ofSeconds(15), Duration.ofMinutes(15), false,
                true);
    }

    public RunSettings withValuesInFull(boolean inFull) {
        return new RunSettings(mode, assumeYes, locale, stepTimeout, personTimeout, inFull, personAtTheBrowser);
    }

    public RunSettings withAssumeYes(boolean yes) {
        return new RunSettings(mode, yes, locale, stepTimeout, personTimeout, valuesInFull, personAtTheBrowser);
    }

    public RunSettings withLocale(Optional<String> newLocale) {
        return new RunSettings(mode, assumeYes, newLocale, stepTimeout, personTimeout, valuesInFull,
                personAtTheBrowser);
    }

    public RunSettings withStepTimeout(Duration timeout) {
        return new RunSettings(mode, assumeYes, locale, timeout, personTimeout, valuesInFull, personAtTheBrowser);
    }

    public RunSettings withPersonAtTheBrowser(boolean present) {
        return new RunSettings(mode, assumeYes, locale, stepTimeout, personTimeout, valuesInFull, present);
    }
}
