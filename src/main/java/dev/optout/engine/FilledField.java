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
 * @param input        the pack input the value came from
 * @param personal     masked wherever shown: the person's own value of a personal input, or what the page filled
 *                     in for one (a pack's default text is not personal)
 */
record FilledField(String target, String label, Kind kind, Optional<String> value, String shownValue,
                   Optional<InputSpec> input, boolean personal) {

    enum Kind { TEXT, OPTION, KEPT }

    /** The same field as the page holds it: {@code held} is what a send sends and the report shows. */
    FilledField holding(String held) {
        return new FilledField(target, label, kind, value, held, input, personal);
    }

    /** The value as notes show it: masked when personal, else in quotes. */
    String quotedUnlessMasked() {
        String shown = Redaction.shown(this);
        return personal ? shown : "\"" + shown + "\"";
    }
}
