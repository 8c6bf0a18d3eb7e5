package dev.optout.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A GDPR Art. 21 objection letter to Meta Platforms Ireland's data protection officer, for when the forms fail
 * (the approach noyb took in 2023). Texts are resource files, one per language.
 */
public final class ObjectionLetter {

    public static final List<String> LANGUAGES = List.of("en", "de", "fr");
    public static final List<String> PLATFORMS = List.of("facebook", "instagram");

    /** The letter goes to Ireland: English dates are written the British way, day first. */
    private static final Map<String, Locale> DATE_LOCALES = Map.of("en", Locale.UK, "de", Locale.GERMANY,
            "fr", Locale.FRANCE);

    private static final String NAME_BLANK = "[your name]";
    private static final String EMAIL_BLANK = "[the email address of your account]";

    private ObjectionLetter() {
    }

    /**
     * @param platform {@code facebook} or {@code instagram}
     * @param language {@code en}, {@code de} or {@code fr}
     * @param name     the person's name, or blank lines to fill in by hand
     * @param email    the account's email address, likewise
     */
    public static String write(String platform, String language, Optional<String> name, Optional<String> email,
                               LocalDate date) {
        if (!PLATFORMS.contains(platform) || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no letter for " + platform + " in " + language);
        }
        String product = platform.equals("facebook") ? "Facebook" : "Instagram";
        String address = email.orElse(EMAIL_BLANK);
        return template(language)
                .replace("{{name}}", name.orElse(NAME_BLANK))
                .replace("{{email}}", address)
                .replace("{{account}}", address)
                .replace("{{platform}}", product)
                .replace("{{date}}", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(DATE_LOCALES.get(language)).format(date));
    }

    private static String template(String language) {
        String file = "objection-" + language + ".txt";
        try (InputStream in = ObjectionLetter.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing letter template " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
