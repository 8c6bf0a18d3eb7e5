package dev.optout.engine;

import dev.optout.pack.InputSpec;
import java.util.Optional;

/**
 * A field the run filled (or deliberately left as the page filled it) and will send at the next submit.
 *
 * @param label        the field as the person sees it on the page, e.g. "E-Mail-Adresse"
 * @param value        what was typed, or the chosen option's value for a select; empty when the page's own value
 *                     is kept
 * @param shownValue   what the confirm summary, the progress and the report show, e.g. "Deutschland (DE)", in full;
 *                     only the confirmation at the person's own terminal shows it so when personal
 * @param input        the pack input the value consists of, when it is a single reference such as {@code ${email}}
 * @param personal     masked wherever shown: the person's own value of a personal input, or what the page filled
 *                     in for one (a pack's default text is not personal)
 * @param masked       {@code shownValue} as outputs show it when personal: each personal part of a value mixing text
 *                     and inputs masked, the pack's own text kept
 * @param yoursUnused  a kept field that is read-only on the page, while the person gave a value of their own for it
 *                     that differs: theirs cannot be used, and the confirmation says so
 */
record FilledField(String target, String label, Kind kind, Optional<String> value, String shownValue,
                   Optional<InputSpec> input, boolean personal, String masked, boolean yoursUnused) {

    enum Kind { TEXT, OPTION, KEPT }

    FilledField(String target, String label, Kind kind, Optional<String> value, String shownValue,
                Optional<InputSpec> input, boolean personal, String masked) {
        this(target, label, kind, value, shownValue, input, personal, masked, false);
    }

    /** The same field as the page holds it: {@code held} is what a send sends and the report shows. */
    FilledField holding(String held) {
        if (held.equals(shownValue)) {
            return this;
        }
        // The page changed the value: what it holds now is masked as a whole, its parts no longer known.
        return new FilledField(target, label, kind, value, held, input, personal, Redaction.maskOnPage(input, held),
                yoursUnused);
    }

    /** The value as notes show it: masked when personal, else in quotes. */
    String quotedUnlessMasked() {
        String shown = Redaction.shown(this);
        return personal ? shown : "\"" + shown + "\"";
    }
}
