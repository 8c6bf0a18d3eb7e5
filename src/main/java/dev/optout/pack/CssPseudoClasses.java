package dev.optout.pack;

import java.util.Set;

/**
 * The pseudo-classes a pack's CSS may use: the standard ones Chromium's {@code querySelector} accepts (checked against
 * Chromium's own list and against a real Chromium by {@code CssSelectorAgainstChromiumTest}). Chromium also accepts
 * vendor-prefixed, experimental and scrollbar-only names ({@code :-webkit-autofill}, {@code :interest-source},
 * {@code :horizontal}); they are left out on purpose, since a person's browser may be older or not Chromium at all.
 */
final class CssPseudoClasses {

    /** Written without parentheses: {@code :checked}. */
    static final Set<String> PLAIN = Set.of(
            "active", "active-view-transition", "any-link", "autofill", "checked", "default", "defined", "disabled",
            "empty", "enabled", "first-child", "first-of-type", "focus", "focus-visible", "focus-within",
            "fullscreen", "host", "hover", "in-range", "indeterminate", "invalid", "last-child", "last-of-type",
            "link", "modal", "only-child", "only-of-type", "open", "optional", "out-of-range", "picture-in-picture",
            "placeholder-shown", "popover-open", "read-only", "read-write", "required", "root", "scope", "target",
            "user-invalid", "user-valid", "valid", "visited");

    /** Written with arguments: {@code :not(…)}. What each takes is the parser's business. */
    static final Set<String> FUNCTIONAL = Set.of(
            "active-view-transition-type", "dir", "has", "host", "host-context", "is", "lang", "not", "nth-child",
            "nth-last-child", "nth-last-of-type", "nth-of-type", "state", "where");

    /** Pseudo-elements that CSS 2 wrote with one colon; a browser still reads {@code :before} as {@code ::before}. */
    static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");

    /** jsoup's own pseudo-classes, which no browser knows (lowercase, as the parser compares them). */
    static final Set<String> JSOUP_EXTENSIONS = Set.of(
            "contains", "containsown", "containsdata", "containswholetext", "containswholeowntext", "matches",
            "matchesown", "matchtext", "matcheswholetext", "matcheswholeowntext", "lt", "gt", "eq");

    private CssPseudoClasses() {
    }
}
