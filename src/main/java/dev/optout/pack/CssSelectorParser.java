package dev.optout.pack;

import dev.optout.pack.CssToken.Kind;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges a CSS selector as Chromium's {@code document.querySelector} does (Selectors Level 4 as Chromium ships it):
 * selector lists, compound selectors, the combinators space, {@code >}, {@code +} and {@code ~}, type, universal, id,
 * class and attribute selectors (every operator, the {@code i} flag; Chromium refuses {@code s}), the namespace
 * prefixes {@code *|} and {@code |} (querySelector declares no other), the nesting selector {@code &}, and the
 * pseudo-classes of {@link CssPseudoClasses}.
 *
 * <p>Some things Chromium accepts are refused here. Three because a locator holding them could never find an
 * element: pseudo-elements ({@code ::before}), which match no element; items of {@code :is()} and {@code :where()}
 * that the browser silently drops (those lists are "forgiving": {@code :is(:contains(x))} parses and matches
 * nothing); and an empty {@code :is()}. And a selector cut short ({@code input[name="email"}), whose brackets,
 * quotes or comment a browser closes quietly at the end: more likely a mistake than meant.
 */
final class CssSelectorParser {

    /** What a parsed selector is keyed on, for the fallback rules of {@code validate --strict}. */
    record Parsed(Set<String> attributes) {
    }

    private final CssCursor cursor;
    private final Set<String> attributes = new TreeSet<>();
    private int insideHas;

    private CssSelectorParser(String css) {
        this.cursor = new CssCursor(css);
    }

    /** @throws CssSelectorException saying why a browser would refuse the selector, or why it could never match */
    static Parsed parse(String css) {
        CssSelectorParser parser = new CssSelectorParser(css);
        parser.cursor.skipWhitespace();
        parser.selectorList(false);
        CssToken rest = parser.cursor.peek();
        if (!rest.is(Kind.EOF)) {
            throw parser.cursor.unexpected(rest, "expected ',' or the end of the selector");
        }
        return new Parsed(Set.copyOf(parser.attributes));
    }

    /** A comma-separated list, ending before a {@code )} or the end; in {@code :has()} each item is relative. */
    private void selectorList(boolean relative) {
        do {
            cursor.skipWhitespace();
            if (relative && isCombinator(cursor.peek())) {
                cursor.next();
                cursor.skipWhitespace();
            }
            complexSelector();
        } while (accept(Kind.COMMA));
    }

    private void complexSelector() {
        compound();
        while (true) {
            boolean space = cursor.skipWhitespace();
            CssToken next = cursor.peek();
            if (isCombinator(next)) {
                cursor.next();
                cursor.skipWhitespace();
                if (!startsCompound(cursor.peek())) {
                    throw cursor.unexpected(cursor.peek(), "expected a selector after the combinator " + next.shown());
                }
                compound();
            } else if (space && startsCompound(next)) {
                compound();
            } else {
                return;
            }
        }
    }

    private static boolean isCombinator(CssToken token) {
        return token.isDelim('>') || token.isDelim('+') || token.isDelim('~');
    }

    private static boolean startsCompound(CssToken token) {
        return token.is(Kind.IDENT) || token.is(Kind.HASH) || token.is(Kind.OPEN_SQUARE) || token.is(Kind.COLON)
                || token.isDelim('*') || token.isDelim('|') || token.isDelim('.') || token.isDelim('&');
    }

    /** A type or universal selector (optional, and only first), then ids, classes, attributes, pseudo-classes. */
    private void compound() {
        boolean any = typeSelector();
        while (true) {
            CssToken token = cursor.peek();
            if (token.is(Kind.HASH)) {
                if (!token.idHash()) {
                    throw CssCursor.fail(token, token.shown() + " is not an id selector: an id must not start with a "
                            + "digit (write it as #\\3" + token.value().charAt(0) + " " + token.value().substring(1)
                            + ", or use [id=\"" + token.value() + "\"])");
                }
                cursor.next();
            } else if (token.isDelim('.')) {
                cursor.next();
                if (!cursor.next().is(Kind.IDENT)) {
                    throw CssCursor.fail(token, "a '.' needs a class name right after it");
                }
            } else if (token.is(Kind.OPEN_SQUARE)) {
                attribute();
            } else if (token.is(Kind.COLON)) {
                pseudo();
            } else if (token.isDelim('&')) {
                cursor.next();
            } else if (any && (token.is(Kind.IDENT) || token.isDelim('*'))) {
                throw CssCursor.fail(token, "the element name " + token.shown() + " must come first in its compound "
                        + "selector");
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            throw cursor.unexpected(cursor.peek(), "expected a selector");
        }
    }

    /** {@code div}, {@code *}, {@code *|div}, {@code |div}; whether there was one. */
    private boolean typeSelector() {
        CssToken first = cursor.peek();
        boolean name = first.is(Kind.IDENT) || first.isDelim('*');
        if (name && cursor.peek(1).isDelim('|') && !cursor.peek(2).isDelim('=')) {
            if (first.is(Kind.IDENT)) {
                throw undeclaredNamespace(first);
            }
            cursor.next();
        } else if (name) {
            cursor.next();
            return true;
        } else if (!first.isDelim('|')) {
            return false;
        }
        CssToken bar = cursor.next();
        CssToken element = cursor.next();
        if (!element.is(Kind.IDENT) && !element.isDelim('*')) {
            throw CssCursor.fail(bar, "a namespace '|' needs an element name or '*' right after it");
        }
        return true;
    }

    private CssSelectorException undeclaredNamespace(CssToken prefix) {
        return CssCursor.fail(prefix, "the namespace prefix " + prefix.shown() + " is not declared (querySelector "
                + "knows none; write *| for any namespace)");
    }

    /** {@code [name]}, {@code [name="value" i]}, with every operator; the end of the selector closes it. */
    private void attribute() {
        CssToken open = cursor.next();
        cursor.skipWhitespace();
        CssToken first = cursor.peek();
        if ((first.isDelim('*') || first.isDelim('|')) && cursor.peek(first.isDelim('*') ? 1 : 0).isDelim('|')) {
            cursor.next();
            if (first.isDelim('*')) {
                cursor.next();
            }
        } else if (first.is(Kind.IDENT) && cursor.peek(1).isDelim('|') && cursor.peek(2).is(Kind.IDENT)) {
            throw undeclaredNamespace(first);
        }
        CssToken name = cursor.next();
        if (!name.is(Kind.IDENT)) {
            throw cursor.unexpected(name, "expected an attribute name after '['");
        }
        attributes.add(name.value().toLowerCase(Locale.ROOT));
        cursor.skipWhitespace();
        if (cursor.peek().is(Kind.CLOSE_SQUARE)) {
            cursor.next();
            return;
        }
        operator();
        cursor.skipWhitespace();
        CssToken value = cursor.next();
        if (value.is(Kind.BAD_STRING)) {
            throw CssCursor.fail(value, "the quoted text is not closed");
        }
        if (!value.is(Kind.IDENT) && !value.is(Kind.STRING)) {
            throw cursor.unexpected(value, "an attribute value is a name or a quoted text");
        }
        cursor.skipWhitespace();
        if (cursor.peek().is(Kind.IDENT)) {
            flag(cursor.next());
            cursor.skipWhitespace();
        }
        cursor.close(Kind.CLOSE_SQUARE, "the attribute selector that starts at character " + (open.start() + 1));
    }

    private void operator() {
        CssToken first = cursor.next();
        if (first.isDelim('=')) {
            return;
        }
        boolean prefixed = first.kind() == Kind.DELIM && "~|^$*".contains(first.value());
        if (!prefixed || !cursor.next().isDelim('=')) {
            throw CssCursor.fail(first, "expected ']' or one of the operators =, ~=, |=, ^=, $=, *=, not "
                    + first.shown());
        }
    }

    private static void flag(CssToken flag) {
        String value = flag.value().toLowerCase(Locale.ROOT);
        if (value.equals("s")) {
            throw CssCursor.fail(flag, "Chromium does not support the attribute flag 's' (values are compared case "
                    + "by case already; only 'i' is known)");
        }
        if (!value.equals("i")) {
            throw CssCursor.fail(flag, "unknown attribute flag " + flag.shown() + " (the only one is i, for "
                    + "case-insensitive)");
        }
    }

    private void pseudo() {
        CssToken colon = cursor.next();
        CssToken name = cursor.next();
        if (name.is(Kind.COLON)) {
            CssToken element = cursor.peek();
            if (!element.is(Kind.IDENT) && !element.is(Kind.FUNCTION)) {
                throw CssCursor.fail(colon, "a '::' needs a pseudo-element name right after it");
            }
            throw CssCursor.neverMatches(colon, "'::" + element.value() + "' is a pseudo-element, which a browser "
                    + "never returns as an element");
        }
        if (!name.is(Kind.IDENT) && !name.is(Kind.FUNCTION)) {
            throw CssCursor.fail(colon, "a ':' needs a pseudo-class name right after it");
        }
        String lower = name.value().toLowerCase(Locale.ROOT);
        if (CssPseudoClasses.LEGACY_PSEUDO_ELEMENTS.contains(lower)) {
            throw CssCursor.neverMatches(colon, "':" + lower + "' is a pseudo-element (::" + lower + "), which a "
                    + "browser never returns as an element");
        }
        if (CssPseudoClasses.JSOUP_EXTENSIONS.contains(lower)) {
            throw CssCursor.fail(colon, "':" + name.value() + (name.is(Kind.FUNCTION) ? "()" : "") + "' is jsoup's "
                    + "invention, not CSS, and browsers refuse it (to find an element by its text, use a text: "
                    + "locator)");
        }
        if (name.is(Kind.IDENT)) {
            plainPseudoClass(colon, lower);
        } else {
            functionalPseudoClass(name, lower);
            cursor.close(Kind.CLOSE_PAREN, "':" + lower + "('");
        }
    }

    private static void plainPseudoClass(CssToken colon, String name) {
        refuseVendorPrefixed(colon, name, "");
        if (!CssPseudoClasses.PLAIN.contains(name)) {
            throw CssCursor.fail(colon, CssPseudoClasses.FUNCTIONAL.contains(name)
                    ? "':" + name + "' needs its arguments in parentheses: ':" + name + "(…)'"
                    : "unknown pseudo-class ':" + name + "'" + suggestion(name, CssPseudoClasses.PLAIN, ""));
        }
    }

    /** Chromium knows its own {@code -webkit-} names; Firefox, which optout drives too, does not. */
    private static void refuseVendorPrefixed(CssToken at, String name, String parentheses) {
        if (name.startsWith("-webkit-") || name.startsWith("-internal-")) {
            throw CssCursor.fail(at, "':" + name + parentheses + "' is Chromium's own, not standard CSS; a pack uses "
                    + "standard pseudo-classes only, so that it works in every browser optout drives");
        }
    }

    private void functionalPseudoClass(CssToken function, String name) {
        refuseVendorPrefixed(function, name, "()");
        cursor.skipWhitespace();
        switch (name) {
            case "not", "is", "where" -> {
                if (cursor.peek().is(Kind.CLOSE_PAREN)) {
                    throw name.equals("not") ? cursor.unexpected(cursor.peek(), "':not()' needs a selector")
                            : CssCursor.neverMatches(function, "an empty ':" + name + "()' matches nothing");
                }
                selectorList(false);
            }
            case "has" -> {
                if (insideHas > 0) {
                    throw CssCursor.fail(function, "':has()' cannot be used inside ':has()'");
                }
                insideHas++;
                selectorList(true);
                insideHas--;
            }
            case "nth-child", "nth-last-child" -> {
                AnPlusB.consume(cursor);
                ofSelectors();
            }
            case "nth-of-type", "nth-last-of-type" -> AnPlusB.consume(cursor);
            case "lang", "dir", "state" -> ident(name);
            case "active-view-transition-type" -> {
                do {
                    cursor.skipWhitespace();
                    ident(name);
                } while (accept(Kind.COMMA));
            }
            case "host", "host-context" -> compound();
            default -> throw CssCursor.fail(function, CssPseudoClasses.PLAIN.contains(name)
                    ? "':" + name + "' takes no arguments"
                    : "unknown pseudo-class ':" + name + "()'" + suggestion(name, CssPseudoClasses.FUNCTIONAL, "()"));
        }
        cursor.skipWhitespace();
    }

    private static String suggestion(String name, Set<String> known, String parentheses) {
        return DidYouMean.closest(name, known).map(close -> " (did you mean ':" + close + parentheses + "'?)").orElse("");
    }

    /** The {@code of S} part of {@code :nth-child(2n of .item)}; Chromium takes {@code of} in lowercase only. */
    private void ofSelectors() {
        int mark = cursor.mark();
        cursor.skipWhitespace();
        CssToken of = cursor.peek();
        if (of.is(Kind.IDENT) && of.value().equals("of")) {
            cursor.next();
            cursor.skipWhitespace();
            selectorList(false);
        } else {
            cursor.reset(mark);
        }
    }

    private void ident(String function) {
        CssToken value = cursor.next();
        if (!value.is(Kind.IDENT)) {
            throw cursor.unexpected(value, "':" + function + "()' takes a name");
        }
        cursor.skipWhitespace();
    }

    private boolean accept(Kind kind) {
        if (cursor.peek().is(kind)) {
            cursor.next();
            return true;
        }
        return false;
    }
}
