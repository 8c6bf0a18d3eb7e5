package dev.optout.browser;

import java.util.Arrays;
import java.util.Locale;
import org.openqa.selenium.Keys;

/**
 * Key names as packs and the engine write them, in Selenium's terms: {@code Enter}, {@code ARROW_DOWN},
 * {@code arrow-down} and {@code ArrowDown} (the DOM's name) are the same key; {@code Alt+ArrowDown} is a chord.
 */
final class KeyNames {

    private KeyNames() {
    }

    /**
     * The keys to send for a name: one key, or a chord whose modifiers are held while the last key goes down. A single
     * character is that character's key, as a person types it (a letter typed to jump in a list).
     */
    static CharSequence chord(String name) {
        if (name.codePointCount(0, name.length()) == 1 && !name.isBlank()) {
            return name;
        }
        String[] parts = name.split("\\+");
        if (parts.length == 1) {
            return key(name);
        }
        return Keys.chord(Arrays.stream(parts).map(KeyNames::key).toArray(CharSequence[]::new));
    }

    /** @throws IllegalArgumentException for a name Selenium has no key for */
    static Keys key(String name) {
        String wanted = squeezed(name);
        return Arrays.stream(Keys.values()).filter(k -> squeezed(k.name()).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No enum constant " + Keys.class.getCanonicalName()
                        + "." + name.toUpperCase(Locale.ROOT)));
    }

    private static String squeezed(String name) {
        return name.replace("_", "").replace("-", "").strip().toUpperCase(Locale.ROOT);
    }
}
