package dev.optout.pack;

/**
 * One token of a CSS selector, as CSS Syntax Level 3 cuts text into tokens before any selector grammar applies.
 *
 * @param value   the name of an ident, function, at-keyword or hash, a string's content, a delim's character, a
 *                dimension's unit; empty otherwise
 * @param number  a number's text as written, with its sign ({@code +1}, {@code -2}, {@code 3}); empty when not numeric
 * @param integer a numeric token written without a fraction or exponent
 * @param idHash  a hash whose name is a valid identifier, so that it can be an id selector
 * @param start   0-based index of the token's first code point in the selector
 */
record CssToken(Kind kind, String value, String number, boolean integer, boolean idHash, int start) {

    enum Kind {
        IDENT, FUNCTION, AT_KEYWORD, HASH, STRING, BAD_STRING, BAD_COMMENT, URL, BAD_URL, DELIM, NUMBER, PERCENTAGE,
        DIMENSION,
        WHITESPACE, CDO, CDC, COLON, SEMICOLON, COMMA, OPEN_SQUARE, CLOSE_SQUARE, OPEN_PAREN, CLOSE_PAREN,
        OPEN_CURLY, CLOSE_CURLY, EOF
    }

    static CssToken of(Kind kind, String value, int start) {
        return new CssToken(kind, value, "", false, false, start);
    }

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    boolean isDelim(char c) {
        return kind == Kind.DELIM && value.equals(String.valueOf(c));
    }

    /** Whether a numeric token's text starts with a sign. */
    boolean signed() {
        return number.startsWith("+") || number.startsWith("-");
    }

    /** How an error names this token. */
    String shown() {
        return switch (kind) {
            case EOF -> "the end";
            case WHITESPACE -> "a space";
            case STRING -> "a quoted text";
            case BAD_STRING -> "a quoted text that is not closed";
            case BAD_COMMENT -> "a /* comment that is not closed";
            case FUNCTION -> "'" + value + "('";
            case HASH -> "'#" + value + "'";
            case AT_KEYWORD -> "'@" + value + "'";
            case NUMBER, PERCENTAGE -> "the number " + number + (kind == Kind.PERCENTAGE ? "%" : "");
            case DIMENSION -> "'" + number + value + "'";
            case URL, BAD_URL -> "a url(…)";
            case CDO -> "'<!--'";
            case CDC -> "'-->'";
            case COLON -> "':'";
            case SEMICOLON -> "';'";
            case COMMA -> "','";
            case OPEN_SQUARE -> "'['";
            case CLOSE_SQUARE -> "']'";
            case OPEN_PAREN -> "'('";
            case CLOSE_PAREN -> "')'";
            case OPEN_CURLY -> "'{'";
            case CLOSE_CURLY -> "'}'";
            case IDENT, DELIM -> "'" + value + "'";
        };
    }
}
