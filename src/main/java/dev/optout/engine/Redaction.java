package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Masking;

/** Masks personal values before they reach the console summary, logs or a report. */
final class Redaction {

    private Redaction() {
    }

    private static final int LONGEST_SHOWN = 72;

    /** A field's value as outputs show it: masked when personal, shortened when long. */
    static String shown(FilledField field) {
        if (field.personal()) {
            return field.masked();
        }
        String value = field.shownValue().replaceAll("\\s+", " ").strip();
        int length = value.codePointCount(0, value.length());
        return length <= LONGEST_SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, LONGEST_SHOWN)) + "… (" + length + " chars)";
    }

    static String mask(InputSpec spec, String value) {
        return Masking.forDisplay(spec, value);
    }

    /** A value the page holds for a field that may be personal: masked as its input is, else as any text. */
    static String maskOnPage(java.util.Optional<InputSpec> spec, String value) {
        return spec.map(s -> mask(s, value)).orElseGet(() -> Masking.text(value));
    }
}
