package dev.optout.pack;

/** The explicit ways a pack may describe how to find an element, in the order packs should prefer them. */
public enum LocatorKind {
    /** ARIA role (explicit or implicit) plus accessible name: {@code role: button, name: Send}. */
    ROLE("role"),
    /** The element's label: a {@code <label>}, {@code aria-label} or {@code aria-labelledby}. */
    LABEL("label"),
    PLACEHOLDER("placeholder"),
    /** Visible text, whitespace-normalised, compared whole and case-insensitively. */
    TEXT("text"),
    /** {@code data-testid}. */
    TESTID("testid"),
    /** The {@code name} attribute. */
    NAME("name"),
    CSS("css"),
    XPATH("xpath");

    private final String key;

    LocatorKind(String key) {
        this.key = key;
    }

    /** The key that introduces this kind in a pack file. */
    public String key() {
        return key;
    }

    public static java.util.Optional<LocatorKind> byKey(String key) {
        for (LocatorKind kind : values()) {
            if (kind.key.equals(key)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
