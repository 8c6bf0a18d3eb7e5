package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
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

    /** The countries whose people have the right to object in Europe: the EU, the EEA, Switzerland and the UK. */
    private static final List<String> EUROPE = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO", "CH", "GB");

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.optout.pack.Languages#ALL")
    void the_jdk_names_germany_in_each_supported_language_in_that_language(String language) {
        String name = new Locale("", "DE").getDisplayCountry(Locale.forLanguageTag(language));

        assertThat(name).as("the JDK's CLDR data for %s", language).isNotBlank()
                .satisfiesAnyOf(n -> assertThat(language).isEqualTo("en"), n -> assertThat(n).isNotEqualTo("Germany"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.optout.pack.Languages#ALL")
    void every_european_country_is_known_by_its_name_in_each_supported_language(String language) {
        Locale in = Locale.forLanguageTag(language);
        for (String code : EUROPE) {
            String name = new Locale("", code).getDisplayCountry(in);
            assertThat(Countries.resolve(name)).as("%s in %s", name, language).contains(code);
            assertThat(Countries.resolve(name.toUpperCase(in))).as("%s in capitals", name).contains(code);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Tyskland, DE", "Sverige, SE", "Grekland, GR", "Γερμανία, DE", "γερμανια, DE", "ΓΕΡΜΑΝΊΑ, DE",
            "ΓΕΡΜΑΝΙΑ, DE", "Ελλάδα, GR", "Σουηδία, SE", "Κύπρος, CY", "ΚΥΠΡΟΣ, CY", "κυπροσ, CY", "Германия, DE",
            "германия, DE", "България, BG", "Гърция, GR", "Швеция, SE", "Německo, DE", "Saksamaa, DE", "Saksa, DE",
            "Njemačka, DE", "Németország, DE", "Þýskaland, DE", "Vokietija, DE", "Vācija, DE", "Vacija, DE",
            "Hellas, GR", "Germania, DE", "Nemecko, DE", "Nemčija, DE", "Svizra, CH", "Eilvéis, CH",
            "an Ghearmáin, DE", "Ghearmáin, DE", "Gearmáin, DE", "an tSualainn, SE", "Sualainn, SE", "Éire, IE",
            "il-Ġermanja, DE", "Ġermanja, DE", "germanja, DE", "l-Iżvezja, SE", "Iżvezja, SE", "Ċipru, CY"})
    void names_in_every_script_and_with_or_without_an_article_give_the_iso_code(String typed, String code) {
        assertThat(Countries.resolve(typed)).contains(code);
    }

    @Test
    void greek_and_cyrillic_fold_without_losing_their_letters() {
        assertThat(Countries.fold("ΕΛΛΆΣ")).isEqualTo(Countries.fold("ελλασ")).isEqualTo("ελλασ");
        assertThat(Countries.fold("Ελλάς")).isEqualTo("ελλασ");
        assertThat(Countries.fold("Германия")).isEqualTo("германия");
        assertThat(Countries.key("il-Ġermanja")).isEqualTo("il germanja");
    }
}
