package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Masking;

/** Masks personal values before they reach the console summary, logs or a report. */
final class Redaction {

    private Redaction() {
    }

    static String shown(FilledField field) {
        return field.personal() ? mask(field.input().orElseThrow(), field.shownValue()) : field.shownValue();
    }

    static String mask(InputSpec spec, String value) {
        return Masking.forDisplay(spec, value);
    }
}
