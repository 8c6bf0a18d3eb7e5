package dev.optout.pack;

import dev.optout.pack.CssToken.Kind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code An+B} argument of {@code :nth-child()} and its relatives ({@code 2n+1}, {@code -n+3}, {@code odd},
 * {@code 5}), read from tokens exactly as CSS Syntax Level 3 §6.2 defines it. Tokenizing decides much of it:
 * {@code 2n-1} is one dimension, {@code 2n - 1} three tokens, and both are valid; {@code + n} is not.
 */
final class AnPlusB {

    private static final Pattern N_DASH_DIGITS = Pattern.compile("n-[0-9]+");
    private static final Pattern DASH_N_DASH_DIGITS = Pattern.compile("-n-[0-9]+");
    private static final String EXPECTED = "expected An+B such as 2n+1, -n+3, odd, even or 4";

    private AnPlusB() {
    }

    /** Consumes one An+B; the cursor stands on its first token (whitespace before it already skipped). */
    static void consume(CssCursor cursor) {
        CssToken first = cursor.next();
        switch (first.kind()) {
            case NUMBER -> requireInteger(first);
            case DIMENSION -> {
                requireInteger(first);
                afterN(cursor, first, lower(first.value()));
            }
            case IDENT -> {
                String name = lower(first.value());
                if (name.equals("odd") || name.equals("even") || DASH_N_DASH_DIGITS.matcher(name).matches()) {
                    return;
                }
                afterN(cursor, first, name.startsWith("-") ? name.substring(1) : name);
            }
            case DELIM -> {
                CssToken name = cursor.peek();
                if (!first.isDelim('+') || !name.is(Kind.IDENT)) {
                    throw CssCursor.fail(first, EXPECTED);
                }
                cursor.next();
                afterN(cursor, name, lower(name.value()));
            }
            default -> throw cursor.unexpected(first, EXPECTED);
        }
    }

    /** What may follow the {@code n} part, given as {@code n}, {@code n-} or {@code n-<digits>}. */
    private static void afterN(CssCursor cursor, CssToken at, String n) {
        if (n.equals("n")) {
            optionalB(cursor);
        } else if (n.equals("n-")) {
            cursor.skipWhitespace();
            requireSignless(cursor);
        } else if (!N_DASH_DIGITS.matcher(n).matches()) {
            throw CssCursor.fail(at, EXPECTED);
        }
    }

    private static void optionalB(CssCursor cursor) {
        int mark = cursor.mark();
        cursor.skipWhitespace();
        CssToken next = cursor.peek();
        if (next.is(Kind.NUMBER) && next.integer() && next.signed()) {
            cursor.next();
        } else if (next.isDelim('+') || next.isDelim('-')) {
            cursor.next();
            cursor.skipWhitespace();
            requireSignless(cursor);
        } else {
            cursor.reset(mark);
        }
    }

    private static void requireSignless(CssCursor cursor) {
        CssToken b = cursor.next();
        if (!b.is(Kind.NUMBER) || !b.integer() || b.signed()) {
            throw cursor.unexpected(b, "expected a whole number without a sign after the An+B's '+' or '-'");
        }
    }

    private static void requireInteger(CssToken token) {
        if (!token.integer()) {
            throw CssCursor.fail(token, "An+B takes whole numbers, not " + token.shown());
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
