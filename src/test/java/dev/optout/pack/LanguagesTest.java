package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one language list of the product, and how a page's {@code <html lang>} becomes one of its languages. */
class LanguagesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"pt-BR, pt", "de-AT, de", "en-GB, en", "de, de", "PL_pl, pl", " fr-CA , fr", "'', en", "sv-SE, sv",
        "el-GR, el", "nb-NO, no", "nn, no", "no, no", "rm-CH, rm"})
    void a_language_tag_is_reduced_to_its_primary_subtag_in_lower_case(String tag, String language) {
        assertThat(Languages.primaryOf(tag)).isEqualTo(language);
    }

    @Test
    void a_missing_tag_means_english() {
        assertThat(Languages.primaryOf(null)).isEqualTo("en");
    }

    @Test
    void the_product_and_the_replica_speak_the_same_languages_in_the_same_order() {
        assertThat(Languages.ALL).containsExactlyElementsOf(Scenario.LANGUAGES);
        assertThat(Languages.PACK_TEXTS).containsExactlyElementsOf(Scenario.REFERENCE_LANGUAGES)
                .containsExactly("en", "de", "fr", "it", "es", "nl", "pl", "pt");
    }

    @Test
    void optout_supports_every_official_language_of_the_eu_the_eea_and_switzerland() {
        assertThat(Languages.ALL).doesNotHaveDuplicates().hasSize(27).containsAll(Languages.PACK_TEXTS)
                .containsExactlyInAnyOrder("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu",
                        "is", "it", "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv", "rm");
        assertThat(Languages.ALL.subList(0, Languages.PACK_TEXTS.size())).isEqualTo(Languages.PACK_TEXTS);
    }

    @Test
    void every_language_has_an_english_name_for_the_messages() {
        assertThat(Languages.ALL).extracting(Languages::englishName)
                .startsWith("English", "German", "French", "Italian", "Spanish", "Dutch", "Polish", "Portuguese")
                .contains("Swedish", "Greek", "Bulgarian", "Irish", "Maltese", "Icelandic", "Norwegian", "Romansh")
                .doesNotContainAnyElementsOf(Languages.ALL);
    }

    @Test
    void countries_are_known_by_their_names_in_every_language_of_the_list() {
        assertThat(Languages.ALL).hasSameSizeAs(Languages.locales());
        assertThat(Countries.resolve("Alemanha")).contains("DE");
        assertThat(Countries.resolve("Niemcy")).contains("DE");
    }
}
