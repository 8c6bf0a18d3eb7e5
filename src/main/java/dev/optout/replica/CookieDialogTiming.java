package dev.optout.replica;

/** When the cookie dialog covers a page (meta-flows §7: it can appear at any moment). */
public enum CookieDialogTiming {
    /** As soon as the page has rendered, the usual case. */
    ARRIVAL,
    /** When the first field of the page receives input, so it covers a form that is being filled. */
    AFTER_FIRST_INPUT,
    /** {@link Scenario#cookieDialogDelayMs()} after the page rendered. */
    AFTER_MS
}
