package dev.optout.pack;

import java.util.Optional;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

/**
 * Rejects a locator that could not work or could stall the browser: CSS that a browser's {@code querySelector} would
 * refuse (or that could never match), XPath that does not compile, and anything too long or too deeply nested
 * (checked first, so the parsers never see it).
 */
final class SelectorCheck {

    static final int MAX_LENGTH = 1000;
    static final int MAX_DEPTH = 32;

    private SelectorCheck() {
    }

    /** Why a locator value is refused, or empty when it is fine. */
    static Optional<String> problem(LocatorKind kind, String value) {
        if (value.length() > MAX_LENGTH) {
            return Optional.of("the " + kind.key() + " selector is " + value.length()
                    + " characters long; the limit is " + MAX_LENGTH);
        }
        if (kind != LocatorKind.CSS && kind != LocatorKind.XPATH) {
            return Optional.empty();
        }
        int depth = nesting(value);
        if (depth > MAX_DEPTH) {
            return Optional.of("the " + kind.key() + " selector nests brackets " + depth
                    + " levels deep; the limit is " + MAX_DEPTH);
        }
        return kind == LocatorKind.CSS ? css(value) : xpath(value);
    }

    private static Optional<String> css(String selector) {
        try {
            CssSelectorParser.parse(selector);
            return Optional.empty();
        } catch (CssSelectorException e) {
            return Optional.of("the CSS selector '" + selector + "' " + e.getMessage());
        }
    }

    /**
     * Whether a CSS selector (one that passed {@link #problem}) is keyed on a {@code data-*} attribute such as
     * {@code data-testid} or {@code data-cookiebanner}: a hook a site keeps stable for its own tests and scripts.
     */
    static boolean keysOnDataAttribute(String selector) {
        try {
            return CssSelectorParser.parse(selector).attributes().stream().anyMatch(name -> name.startsWith("data-"));
        } catch (CssSelectorException e) {
            return false;
        }
    }

    private static Optional<String> xpath(String expression) {
        try {
            // The JDK's own XPath, without newInstance()'s search of the classpath for another for every locator.
            XPathFactory.newDefaultInstance().newXPath().compile(expression);
            return Optional.empty();
        } catch (XPathExpressionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            return Optional.of("the XPath '" + expression + "' does not compile: " + reason.strip());
        }
    }

    /** The deepest nesting of brackets and parentheses outside quoted strings. */
    static int nesting(String selector) {
        int depth = 0;
        int deepest = 0;
        char quote = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
