package dev.optout.pack;

import dev.optout.pack.CssToken.Kind;
import java.util.List;

/** A position in a selector's tokens, with the one way every part of the parser reports an error. */
final class CssCursor {

    private final List<CssToken> tokens;
    private int pos;

    CssCursor(String css) {
        this.tokens = CssTokenizer.tokenize(css);
    }

    CssToken peek() {
        return peek(0);
    }

    CssToken peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    CssToken next() {
        CssToken token = peek();
        if (!token.is(Kind.EOF)) {
            pos++;
        }
        return token;
    }

    /** Skips whitespace; whether there was any. */
    boolean skipWhitespace() {
        boolean any = false;
        while (peek().is(Kind.WHITESPACE)) {
            pos++;
            any = true;
        }
        return any;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    /**
     * Consumes the {@code )} or {@code ]} that closes a block. A browser lets the end of the selector close every open
     * block; here the closer is required, since a selector cut short is more likely a mistake than meant.
     */
    void close(Kind closer, String what) {
        if (!peek().is(closer)) {
            throw unexpected(peek(), "expected " + (closer == Kind.CLOSE_PAREN ? "')'" : "']'") + " to close " + what);
        }
        next();
    }

    CssSelectorException unexpected(CssToken token, String expected) {
        return fail(token, expected + ", not " + token.shown());
    }

    static CssSelectorException fail(CssToken token, String sentence) {
        return new CssSelectorException("does not parse: " + sentence + " (at character " + (token.start() + 1) + ")");
    }

    static CssSelectorException neverMatches(CssToken token, String sentence) {
        return new CssSelectorException("could never match: " + sentence + " (at character " + (token.start() + 1)
                + ")");
    }
}
