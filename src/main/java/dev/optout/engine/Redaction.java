package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Masking;

/** Masks personal values before they reach the console summary, logs or a report. */
final class Redaction {

    private Redaction() {
    }

    private static final int LONGEST_SHOWN = 72;

    static String shown(FilledField field) {
        if (field.personal()) {
            return mask(field.input().orElseThrow(), field.shownValue());
        }
        String value = field.shownValue().replaceAll("\\s+", " ").strip();
        int length = value.codePointCount(0, value.length());
        return length <= LONGEST_SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, LONGEST_SHOWN)) + "… (" + length + " chars)";
    }

    static String mask(InputSpec spec, String value) {
        return Masking.forDisplay(spec, value);
    }
}
