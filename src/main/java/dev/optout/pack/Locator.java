package dev.optout.pack;

import java.util.Optional;

/**
 * One way to find a target.
 *
 * @param kind  how {@code value} is interpreted
 * @param value the text, attribute value or selector; for {@link LocatorKind#ROLE} the accessible name (may be
 *              empty when any element of the role will do)
 * @param role  the ARIA role, only for {@link LocatorKind#ROLE}
 */
public record Locator(LocatorKind kind, LocalizedText value, Optional<String> role) {

    public static Locator of(LocatorKind kind, String value) {
        return new Locator(kind, LocalizedText.of(value), Optional.empty());
    }

    public static Locator role(String role, LocalizedText name) {
        return new Locator(LocatorKind.ROLE, name, Optional.of(role));
    }

    public static Locator structure(Structure structure) {
        return of(LocatorKind.STRUCTURE, structure.key());
    }

    /** The structure a {@code structure:} locator names; empty for every other kind. */
    public Optional<Structure> structure() {
        return kind == LocatorKind.STRUCTURE ? value.in(LocalizedText.ANY_LANGUAGE).flatMap(Structure::byKey)
                : Optional.empty();
    }

    /** How reports and errors show this locator in a given page language, e.g. {@code role=button name="Senden"}. */
    public String describe(String language) {
        String text = value.in(language).orElse("?");
        if (kind == LocatorKind.ROLE) {
            return "role=" + role.orElse("?") + (text.isEmpty() ? "" : " name=\"" + text + "\"");
        }
        boolean literal = kind == LocatorKind.CSS || kind == LocatorKind.XPATH || kind == LocatorKind.STRUCTURE;
        return kind.key() + "=" + (literal ? text : "\"" + text + "\"");
    }
}
