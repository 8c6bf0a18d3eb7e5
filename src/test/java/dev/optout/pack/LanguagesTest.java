package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one language list of the product, and how a page's {@code <html lang>} becomes one of its languages. */
class LanguagesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"pt-BR, pt", "de-AT, de", "en-GB, en", "de, de", "PL_pl, pl", " fr-CA , fr", "'', en", "sv-SE, sv"})
    void a_language_tag_is_reduced_to_its_primary_subtag_in_lower_case(String tag, String language) {
        assertThat(Languages.primaryOf(tag)).isEqualTo(language);
    }

    @Test
    void a_missing_tag_means_english() {
        assertThat(Languages.primaryOf(null)).isEqualTo("en");
    }

    @Test
    void the_product_and_the_replica_speak_the_same_languages_in_the_same_order() {
        assertThat(Languages.ALL).containsExactlyElementsOf(Scenario.LANGUAGES)
                .containsExactly("en", "de", "fr", "it", "es", "nl", "pl", "pt");
    }

    @Test
    void every_language_has_an_english_name_for_the_messages() {
        assertThat(Languages.ALL).extracting(Languages::englishName)
                .containsExactly("English", "German", "French", "Italian", "Spanish", "Dutch", "Polish", "Portuguese");
    }

    @Test
    void countries_are_known_by_their_names_in_every_language_of_the_list() {
        assertThat(Languages.ALL).hasSameSizeAs(Languages.locales());
        assertThat(Countries.resolve("Alemanha")).contains("DE");
        assertThat(Countries.resolve("Niemcy")).contains("DE");
    }
}
