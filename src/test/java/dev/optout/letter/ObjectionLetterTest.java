package dev.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObjectionLetterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @CsvSource({
        "en, facebook, Article 21, 29 November 2026, Facebook",
        "en, instagram, Article 21, 29 November 2026, Instagram",
        "de, facebook, Art. 21, 29. November 2026, Facebook",
        "de, instagram, Art. 21, 29. November 2026, Instagram",
        "fr, facebook, article 21, 29 novembre 2026, Facebook",
        "fr, instagram, article 21, 29 novembre 2026, Instagram"})
    void the_letter_names_the_article_the_platform_the_date_and_meta_irelands_dpo(String language, String platform,
            String article, String date, String product) {
        String letter = ObjectionLetter.write(platform, language, Optional.of("Alex Example"),
                Optional.of("alex@example.test"), DATE);

        assertThat(letter).contains(article).contains(date).contains(product).contains("Meta Platforms Ireland Limited")
                .contains("D04 X2K5").contains("Alex Example").contains("alex@example.test")
                .doesNotContain("{{");
    }

    @ParameterizedTest
    @CsvSource({"en", "de", "fr"})
    void without_a_name_and_email_the_letter_leaves_blanks_to_fill_in_by_hand(String language) {
        String letter = ObjectionLetter.write("facebook", language, Optional.empty(), Optional.empty(), DATE);

        assertThat(letter).contains("[your name]").contains("[the email address of your account]")
                .doesNotContain("{{");
    }
}
