package dev.optout.pack;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The person's own repair of one target of one pack: a locator tried before the pack's own, kept in the pack's fix
 * file in the person's packs folder, so that it outlives a run and an upgrade of the bundled pack.
 *
 * @param locator  its text keyed by {@code language}, the page language it was seen in
 * @param origin   the Meta origin the page was on, when known (a fix made without a browser has none)
 */
public record Fix(String pack, String target, Locator locator, String language, Optional<Origin> origin,
                  LocalDate date) {

    /** The fix as one line of {@code optout fix --list}: {@code facebook-objection 'send' role=button name="…"}. */
    public String describe() {
        return pack + " '" + target + "' " + locator.describe(language) + " (lang " + language
                + origin.map(o -> ", " + o).orElse("") + ", " + date + ")";
    }

    /** Whether this fix takes the place of {@code other}: same target, same language, same kind of locator. */
    boolean replaces(Fix other) {
        return pack.equals(other.pack) && target.equals(other.target) && language.equals(other.language)
                && locator.kind() == other.locator.kind();
    }
}
