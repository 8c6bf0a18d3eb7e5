package dev.optout.pack;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fix made from a text the person read on the page, without a browser ({@code optout fix PACK TARGET --text}):
 * the kinds the target already uses say what the text is. A button or link gets role and name, a field its label,
 * a field known only by its placeholder a placeholder, and anything else (a heading, a dialog, a message) a text.
 */
public final class TextFix {

    /** Roles whose accessible name is the text on them. */
    private static final Set<String> NAMED_ROLES = Set.of("button", "link", "checkbox", "radio", "tab", "menuitem",
            "switch", "option");
    public static final int MAX_TEXT = 500;

    private TextFix() {
    }

    /**
     * @throws IllegalArgumentException when the text is empty, too long or has control characters
     */
    public static Fix of(Pack pack, String targetName, String text, String language, LocalDate date) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("--text is empty: give the text you see on it in the browser");
        }
        if (clean.length() > MAX_TEXT || ControlCharacters.any(clean)) {
            throw new IllegalArgumentException("--text must be one line of at most " + MAX_TEXT + " characters");
        }
        Target target = pack.target(targetName);
        return new Fix(pack.id(), targetName, locatorFor(target, LocalizedText.of(clean)), language,
                Optional.empty(), date);
    }

    static Locator locatorFor(Target target, LocalizedText text) {
        Optional<String> namedRole = target.locators().stream().filter(l -> l.kind() == LocatorKind.ROLE)
                .map(l -> l.role().orElse("")).filter(NAMED_ROLES::contains).findFirst();
        if (namedRole.isPresent()) {
            return Locator.role(namedRole.get(), text);
        }
        if (uses(target, LocatorKind.LABEL) || target.locators().stream().anyMatch(TextFix::isFieldRole)) {
            return new Locator(LocatorKind.LABEL, text, Optional.empty());
        }
        for (LocatorKind unlabelled : List.of(LocatorKind.PLACEHOLDER, LocatorKind.TITLE, LocatorKind.NEAR_TEXT)) {
            if (uses(target, unlabelled)) {
                return new Locator(unlabelled, text, Optional.empty());
            }
        }
        return new Locator(LocatorKind.TEXT, text, Optional.empty());
    }

    private static boolean uses(Target target, LocatorKind kind) {
        return target.locators().stream().anyMatch(l -> l.kind() == kind);
    }

    private static boolean isFieldRole(Locator locator) {
        return locator.kind() == LocatorKind.ROLE && Set.of("textbox", "combobox", "listbox", "radiogroup",
                "searchbox").contains(locator.role().orElse(""));
    }
}
