package dev.optout.pack;

/**
 * Shortens personal values for logs, reports and prompts so that they can be recognised by their owner but not read
 * by anyone else. Pure functions.
 */
public final class Masking {

    private static final String ELLIPSIS = "\u2026";

    private Masking() {
    }

    /** A value as it may appear in output: masked when the input is personal, as it is otherwise. */
    public static String forDisplay(InputSpec input, String value) {
        if (!input.personal()) {
            return value;
        }
        return input.type() == InputType.EMAIL ? email(value) : text(value);
    }

    /**
     * An email address as {@code c***@e***.test}: first letter of the name, first letter of the domain, and the
     * top-level domain. Anything that is not shaped like an address is masked as {@link #text(String)}.
     */
    public static String email(String address) {
        int at = address.lastIndexOf('@');
        int dot = address.lastIndexOf('.');
        if (at < 1 || dot < at + 2 || dot == address.length() - 1 || address.length() < 6) {
            return text(address);
        }
        return first(address) + "***@" + first(address.substring(at + 1)) + "***." + address.substring(dot + 1);
    }

    /** Any other text as {@code c… (12 chars)}; a value of one character shows none. */
    public static String text(String value) {
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            return "(empty)";
        }
        String shown = length < 2 ? "" : first(value);
        return shown + ELLIPSIS + " (" + length + (length == 1 ? " char)" : " chars)");
    }

    private static String first(String value) {
        return new String(Character.toChars(value.codePointAt(0)));
    }
}
