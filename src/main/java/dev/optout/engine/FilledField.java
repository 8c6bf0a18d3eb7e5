package dev.optout.engine;

import dev.optout.pack.InputSpec;
import java.util.Optional;

/**
 * A field the run filled (or deliberately left as the page filled it) and will send at the next submit.
 *
 * @param label        the field as the person sees it on the page, e.g. "E-Mail-Adresse"
 * @param value        what was typed, or the chosen option's value for a select; empty when the page's own value
 *                     is kept
 * @param shownValue   what the confirm summary shows, e.g. "Deutschland (DE)"; masked later when personal
 * @param input        the pack input the value came from, which says whether it is personal
 */
record FilledField(int step, String target, String label, Kind kind, Optional<String> value, String shownValue,
                   Optional<InputSpec> input) {

    enum Kind { TEXT, OPTION, KEPT }

    boolean personal() {
        return input.map(InputSpec::personal).orElse(false);
    }
}
