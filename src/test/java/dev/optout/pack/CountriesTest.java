package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a person may type for a country, in the prompt or in {@code --set country=}. */
class CountriesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "DE, DE", "de, DE", " fr , FR", "DEU, DE", "gbr, GB", "usa, US",
            "Germany, DE", "germany, DE", "GERMANY, DE", "United Kingdom, GB", "the Netherlands, NL",
            "Deutschland, DE", "Allemagne, DE", "Germania, DE", "Alemania, DE", "Duitsland, DE", "Niemcy, DE",
            "Alemanha, DE", "Österreich, AT", "Osterreich, AT", "Schweiz, CH", "Suisse, CH", "Svizzera, CH",
            "España, ES", "espana, ES", "Brasil, BR", "Polska, PL", "Nederland, NL", "Belgique, BE", "België, BE",
            "Côte d’Ivoire, CI", "cote d'ivoire, CI", "Bosnia & Herzegovina, BA",
            "UK, GB", "u.k., GB", "Great Britain, GB", "England, GB", "USA, US", "U.S., US", "America, US",
            "Holland, NL", "holland, NL", "Czech Republic, CZ", "Turkey, TR", "South Korea, KR", "EL, GR"})
    void a_code_a_name_in_a_language_of_the_forms_or_an_alias_gives_the_iso_code(String typed, String code) {
        assertThat(Countries.resolve(typed)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"XX", "Atlantis", "Europe", "EU", "''", "' '"})
    void anything_else_is_no_country(String typed) {
        assertThat(Countries.resolve(typed)).isEmpty();
    }

    @Test
    void every_iso_country_is_known_by_its_code_and_its_english_name() {
        for (String code : Locale.getISOCountries()) {
            assertThat(Countries.resolve(code)).as(code).contains(code);
            assertThat(Countries.resolve(Countries.englishName(code))).as(Countries.englishName(code)).contains(code);
        }
    }

    @Test
    void a_misspelt_country_gets_the_closest_one() {
        assertThat(Countries.unknown("Germny")).endsWith("; did you mean Germany (DE)?");
        assertThat(Countries.unknown("Deutchland")).endsWith("; did you mean Germany (DE)?");
        assertThat(Countries.unknown("Atlantis")).doesNotContain("did you mean");
    }
}
