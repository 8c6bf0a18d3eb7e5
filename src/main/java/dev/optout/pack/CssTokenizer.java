package dev.optout.pack;

import dev.optout.pack.CssToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a selector into tokens the way browsers do (CSS Syntax Level 3, §4): escapes, comments, strings, numbers and
 * idents behave exactly as in Chromium, so that the parser above it judges what the browser would judge. Comments
 * are dropped. One difference on purpose: a browser ends a string or a comment left open at the end of the text
 * quietly, here it becomes a {@link Kind#BAD_STRING} or {@link Kind#BAD_COMMENT}, since a selector cut short is
 * more likely a mistake than meant.
 */
final class CssTokenizer {

    private static final int EOF = -1;

    private final int[] text;
    private int pos;

    private CssTokenizer(String css) {
        String normalised = css.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        this.text = normalised.codePoints()
                .map(c -> c == 0 || c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c).toArray();
    }

    /** The tokens of a selector, ending with one {@link Kind#EOF}. */
    static List<CssToken> tokenize(String css) {
        return new CssTokenizer(css).all();
    }

    private List<CssToken> all() {
        List<CssToken> tokens = new ArrayList<>();
        while (true) {
            int start = pos;
            if (!skipComments()) {
                tokens.add(CssToken.of(Kind.BAD_COMMENT, "", start));
            }
            CssToken token = next();
            tokens.add(token);
            if (token.is(Kind.EOF)) {
                return tokens;
            }
        }
    }

    private int at(int offset) {
        int index = pos + offset;
        return index < text.length ? text[index] : EOF;
    }

    /** Skips comments; false when the last one is never closed. */
    private boolean skipComments() {
        while (at(0) == '/' && at(1) == '*') {
            pos += 2;
            while (at(0) != EOF && !(at(0) == '*' && at(1) == '/')) {
                pos++;
            }
            if (at(0) == EOF) {
                return false;
            }
            pos += 2;
        }
        return true;
    }

    private CssToken next() {
        int start = pos;
        int c = at(0);
        if (c == EOF) {
            return CssToken.of(Kind.EOF, "", start);
        }
        if (isWhitespace(c)) {
            while (isWhitespace(at(0))) {
                pos++;
            }
            return CssToken.of(Kind.WHITESPACE, " ", start);
        }
        switch (c) {
            case '"', '\'' -> {
                return string(c, start);
            }
            case '#' -> {
                if (isNameCodePoint(at(1)) || isValidEscape(at(1), at(2))) {
                    pos++;
                    boolean id = startsIdent(at(0), at(1), at(2));
                    return new CssToken(Kind.HASH, name(), "", false, id, start);
                }
            }
            case '+', '.' -> {
                if (startsNumber(c, at(1), at(2))) {
                    return numeric(start);
                }
            }
            case '-' -> {
                if (startsNumber(c, at(1), at(2))) {
                    return numeric(start);
                }
                if (at(1) == '-' && at(2) == '>') {
                    pos += 3;
                    return CssToken.of(Kind.CDC, "-->", start);
                }
                if (startsIdent(c, at(1), at(2))) {
                    return identLike(start);
                }
            }
            case '<' -> {
                if (at(1) == '!' && at(2) == '-' && at(3) == '-') {
                    pos += 4;
                    return CssToken.of(Kind.CDO, "<!--", start);
                }
            }
            case '@' -> {
                if (startsIdent(at(1), at(2), at(3))) {
                    pos++;
                    return CssToken.of(Kind.AT_KEYWORD, name(), start);
                }
            }
            case '\\' -> {
                if (isValidEscape(c, at(1))) {
                    return identLike(start);
                }
            }
            default -> {
                Kind single = single(c);
                if (single != null) {
                    pos++;
                    return CssToken.of(single, new String(Character.toChars(c)), start);
                }
                if (isDigit(c)) {
                    return numeric(start);
                }
                if (isNameStart(c)) {
                    return identLike(start);
                }
            }
        }
        pos++;
        return CssToken.of(Kind.DELIM, new String(Character.toChars(c)), start);
    }

    private static Kind single(int c) {
        return switch (c) {
            case '(' -> Kind.OPEN_PAREN;
            case ')' -> Kind.CLOSE_PAREN;
            case '[' -> Kind.OPEN_SQUARE;
            case ']' -> Kind.CLOSE_SQUARE;
            case '{' -> Kind.OPEN_CURLY;
            case '}' -> Kind.CLOSE_CURLY;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case ';' -> Kind.SEMICOLON;
            default -> null;
        };
    }

    private CssToken string(int quote, int start) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(0);
            if (c == quote) {
                pos++;
                return CssToken.of(Kind.STRING, value.toString(), start);
            }
            if (c == '\n' || c == EOF) {
                return CssToken.of(Kind.BAD_STRING, value.toString(), start);
            }
            if (c == '\\') {
                if (at(1) == EOF) {
                    pos++;
                } else if (at(1) == '\n') {
                    pos += 2;
                } else {
                    pos++;
                    value.appendCodePoint(escape());
                }
                continue;
            }
            value.appendCodePoint(c);
            pos++;
        }
    }

    private CssToken numeric(int start) {
        StringBuilder number = new StringBuilder();
        boolean integer = true;
        if (at(0) == '+' || at(0) == '-') {
            number.appendCodePoint(at(0));
            pos++;
        }
        digits(number);
        if (at(0) == '.' && isDigit(at(1))) {
            number.append('.');
            pos++;
            digits(number);
            integer = false;
        }
        if ((at(0) == 'e' || at(0) == 'E')
                && (isDigit(at(1)) || (at(1) == '+' || at(1) == '-') && isDigit(at(2)))) {
            number.appendCodePoint(at(0));
            number.appendCodePoint(at(1));
            pos += 2;
            digits(number);
            integer = false;
        }
        if (startsIdent(at(0), at(1), at(2))) {
            return new CssToken(Kind.DIMENSION, name(), number.toString(), integer, false, start);
        }
        if (at(0) == '%') {
            pos++;
            return new CssToken(Kind.PERCENTAGE, "", number.toString(), false, false, start);
        }
        return new CssToken(Kind.NUMBER, "", number.toString(), integer, false, start);
    }

    private void digits(StringBuilder into) {
        while (isDigit(at(0))) {
            into.appendCodePoint(at(0));
            pos++;
        }
    }

    private CssToken identLike(int start) {
        String name = name();
        if (at(0) != '(') {
            return CssToken.of(Kind.IDENT, name, start);
        }
        pos++;
        if (name.equalsIgnoreCase("url")) {
            while (isWhitespace(at(0)) && isWhitespace(at(1))) {
                pos++;
            }
            int first = isWhitespace(at(0)) ? at(1) : at(0);
            if (first != '"' && first != '\'') {
                return url(start);
            }
        }
        return CssToken.of(Kind.FUNCTION, name, start);
    }

    /** An unquoted url(…); never part of a valid selector, so only its extent matters. */
    private CssToken url(int start) {
        boolean bad = false;
        while (at(0) != EOF && at(0) != ')') {
            if (at(0) == '\\' && isValidEscape(at(0), at(1))) {
                pos++;
                escape();
                continue;
            }
            bad |= at(0) == '"' || at(0) == '\'' || at(0) == '(';
            pos++;
        }
        pos = Math.min(pos + 1, text.length);
        return CssToken.of(bad ? Kind.BAD_URL : Kind.URL, "", start);
    }

    private String name() {
        StringBuilder name = new StringBuilder();
        while (true) {
            int c = at(0);
            if (isNameCodePoint(c)) {
                name.appendCodePoint(c);
                pos++;
            } else if (isValidEscape(c, at(1))) {
                pos++;
                name.appendCodePoint(escape());
            } else {
                return name.toString();
            }
        }
    }

    /** The code point of an escape whose backslash was just consumed. */
    private int escape() {
        int c = at(0);
        if (c == EOF) {
            return 0xFFFD;
        }
        if (!isHexDigit(c)) {
            pos++;
            return c;
        }
        int value = 0;
        for (int i = 0; i < 6 && isHexDigit(at(0)); i++) {
            value = value * 16 + Character.digit(at(0), 16);
            pos++;
        }
        if (isWhitespace(at(0))) {
            pos++;
        }
        boolean invalid = value == 0 || value > Character.MAX_CODE_POINT || value >= 0xD800 && value <= 0xDFFF;
        return invalid ? 0xFFFD : value;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isNameCodePoint(int c) {
        return isNameStart(c) || isDigit(c) || c == '-';
    }

    private static boolean isValidEscape(int first, int second) {
        return first == '\\' && second != '\n';
    }

    private static boolean startsIdent(int first, int second, int third) {
        if (first == '-') {
            return isNameStart(second) || second == '-' || isValidEscape(second, third);
        }
        return isNameStart(first) || isValidEscape(first, second);
    }

    private static boolean startsNumber(int first, int second, int third) {
        if (first == '+' || first == '-') {
            return isDigit(second) || second == '.' && isDigit(third);
        }
        return first == '.' ? isDigit(second) : isDigit(first);
    }
}
