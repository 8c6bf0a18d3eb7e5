package dev.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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
    void the_gdpr_letter_names_the_article_the_platform_the_date_and_meta_irelands_dpo(String language,
            String platform, String article, String date, String product) {
        String letter = ObjectionLetter.write(Law.GDPR, platform, language, Optional.of("Alex Example"),
                Optional.of("alex@example.test"), DATE);

        assertThat(letter).contains(article).contains(date).contains(product).contains("Meta Platforms Ireland Limited")
                .contains("D04 X2K5").contains("Alex Example").contains("alex@example.test")
                .doesNotContain("{{").doesNotContain("LGPD");
    }

    @ParameterizedTest
    @CsvSource({"facebook, Facebook", "instagram, Instagram"})
    void the_lgpd_letter_in_portuguese_cites_art_18_par_2_and_goes_to_facebook_brasil_not_ireland(String platform,
            String product) {
        String letter = ObjectionLetter.write(Law.LGPD, platform, "pt", Optional.of("Alex Exemplo"),
                Optional.of("alex@example.test"), DATE);

        assertThat(letter).contains("art. 18, § 2º, da Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018, "
                        + "LGPD)").contains("oponho-me").contains("Facebook Serviços Online do Brasil Ltda.")
                .contains("Encarregado pelo Tratamento de Dados Pessoais").contains("São Paulo").contains("ANPD")
                .contains("29 de novembro de 2026").contains("minha conta do " + product).contains("(alex@example.test)")
                .contains("Alex Exemplo")
                .doesNotContain("GDPR").doesNotContain("RGPD").doesNotContain("Ireland").doesNotContain("Irlanda")
                .doesNotContain("{{");
    }

    @ParameterizedTest
    @CsvSource({"GDPR, en, [your name], [the email address of your account]",
        "GDPR, de, [your name], [the email address of your account]",
        "GDPR, fr, [your name], [the email address of your account]",
        "LGPD, pt, [seu nome], [o endereço de email da sua conta]"})
    void without_a_name_and_email_the_letter_leaves_blanks_to_fill_in_by_hand(Law law, String language,
            String nameBlank, String emailBlank) {
        String letter = ObjectionLetter.write(law, "facebook", language, Optional.empty(), Optional.empty(), DATE);

        assertThat(letter).contains(nameBlank).contains(emailBlank).doesNotContain("{{");
    }

    @Test
    void each_law_has_its_own_languages_and_no_letter_mixes_them() {
        assertThat(Law.GDPR.languages()).containsExactly("en", "de", "fr");
        assertThat(Law.LGPD.languages()).containsExactly("pt");
        assertThat(Law.writtenIn("pt")).contains(Law.LGPD);
        assertThat(Law.writtenIn("de")).contains(Law.GDPR);
        assertThat(Law.writtenIn("it")).isEmpty();
        assertThatThrownBy(() -> ObjectionLetter.write(Law.LGPD, "facebook", "en", Optional.empty(),
                Optional.empty(), DATE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectionLetter.write(Law.GDPR, "facebook", "pt", Optional.empty(),
                Optional.empty(), DATE)).isInstanceOf(IllegalArgumentException.class);
    }
}
