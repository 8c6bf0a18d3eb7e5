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
 * A written objection to Meta for when the forms fail: under the GDPR (Art. 21) to Meta Platforms Ireland's data
 * protection officer (the approach noyb took in 2023), or under the LGPD (Art. 18 § 2) to the encarregado of
 * Facebook Serviços Online do Brasil. Texts are resource files, one per law and language. The Brazilian address is
 * the company's registered seat as commonly cited, not checked against Meta's own pages.
 */
public final class ObjectionLetter {

    public static final List<String> PLATFORMS = List.of("facebook", "instagram");

    /** Name and email blanks to fill in by hand, in the letter's language: a Brazilian letter reads Portuguese. */
    private static final List<String> BLANKS = List.of("[your name]", "[the email address of your account]");
    private static final Map<String, List<String>> BLANKS_BY_LANGUAGE = Map.of(
            "pt", List.of("[seu nome]", "[o endereço de email da sua conta]"));

    private ObjectionLetter() {
    }

    /**
     * @param law      the law the letter cites
     * @param platform {@code facebook} or {@code instagram}
     * @param language one of {@link Law#languages()}
     * @param name     the person's name, or blank lines to fill in by hand
     * @param email    the account's email address, likewise
     */
    public static String write(Law law, String platform, String language, Optional<String> name,
                               Optional<String> email, LocalDate date) {
        if (!PLATFORMS.contains(platform) || !law.languages().contains(language)) {
            throw new IllegalArgumentException("no " + law + " letter for " + platform + " in " + language);
        }
        List<String> blanks = BLANKS_BY_LANGUAGE.getOrDefault(language, BLANKS);
        String product = platform.equals("facebook") ? "Facebook" : "Instagram";
        String address = email.orElse(blanks.get(1));
        return template(law, language)
                .replace("{{name}}", name.orElse(blanks.get(0)))
                .replace("{{email}}", address)
                .replace("{{account}}", address)
                .replace("{{platform}}", product)
                .replace("{{date}}", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(law.dateLocale(language)).format(date));
    }

    private static String template(Law law, String language) {
        String file = law == Law.GDPR ? "objection-" + language + ".txt"
                : "objection-" + law.name().toLowerCase(Locale.ROOT) + "-" + language + ".txt";
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
