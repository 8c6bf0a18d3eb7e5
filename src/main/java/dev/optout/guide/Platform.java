package dev.optout.guide;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Meta apps a person uses. */
public enum Platform {
    FACEBOOK, INSTAGRAM, MESSENGER, WHATSAPP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> byId(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every app's id, as prompts and errors list them: {@code facebook, instagram, messenger, whatsapp}. */
    public static String ids() {
        return Arrays.stream(values()).map(Platform::id).collect(Collectors.joining(", "));
    }
}
