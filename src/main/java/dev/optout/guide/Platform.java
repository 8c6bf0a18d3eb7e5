package dev.optout.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Meta apps a person uses. */
public enum Platform {
    FACEBOOK, INSTAGRAM, MESSENGER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> byId(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
