package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidatorTest {

    private static final Pack PACK = new PackLoader().load("inputs.yaml", """
            format: 1
            id: inputs
            title: Inputs
            origins: [https://www.facebook.com]
            inputs:
              country: {type: country, required: true}
              email: {type: email, personal: true}
              reason: {type: text, personal: true, max-length: 20}
              code: {type: code, personal: true, pattern: "[0-9]{6}"}
              topic: {type: choice, choices: [ads, ai]}
              phone: {type: phone}
              note: {type: text}
            steps:
              - open: https://www.facebook.com/
            """);

    private static InputValues valid(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("country", "DE"));
        all.putAll(values);
        return InputValidator.validate(PACK, all);
    }

    private static void refused(Map<String, String> values, String message) {
        Map<String, String> all = new HashMap<>(Map.of("country", "DE"));
        all.putAll(values);
        assertThatThrownBy(() -> InputValidator.validate(PACK, all))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void a_lowercase_country_is_normalised_to_upper_case() {
        assertThat(valid(Map.of("country", "de")).get("country")).contains("DE");
    }

    @Test
    void an_unknown_country_is_refused_with_what_is_accepted_and_the_closest_country() {
        refused(Map.of("country", "XX"), "country: 'XX' is not a country optout knows (give its ISO code such as DE, "
                + "or its name such as Germany or Deutschland)");
        refused(Map.of("country", "Germny"), "country: 'Germny' is not a country optout knows (give its ISO code such "
                + "as DE, or its name such as Germany or Deutschland); did you mean Germany (DE)?");
    }

    @Test
    void a_country_may_be_given_by_name_in_any_language_of_the_forms_or_by_alias() {
        assertThat(valid(Map.of("country", "Deutschland")).get("country")).contains("DE");
        assertThat(valid(Map.of("country", "uk")).get("country")).contains("GB");
        assertThat(valid(Map.of("country", " holland ")).get("country")).contains("NL");
    }

    @Test
    void a_missing_required_input_is_refused_with_its_label() {
        assertThatThrownBy(() -> InputValidator.validate(PACK, Map.of()))
                .hasMessage("country: a value is required (country)");
    }

    @Test
    void an_email_is_checked_and_the_message_shows_it_as_typed() {
        refused(Map.of("email", "foo@"), "email: 'foo@' is not an email address (expected name@example.org)");
        refused(Map.of("email", "a b@example.org"), "email: 'a b@example.org' is not an email address (expected "
                + "name@example.org)");
        assertThat(valid(Map.of("email", " Canary+7f3@Example.TEST ")).get("email")).contains("Canary+7f3@example.test");
    }

    @Test
    void a_text_over_its_length_limit_is_refused() {
        refused(Map.of("reason", "x".repeat(21)), "reason: is 21 characters long; at most 20 are accepted");
        assertThat(valid(Map.of("reason", "x".repeat(20))).get("reason")).contains("x".repeat(20));
    }

    @Test
    void control_characters_are_refused_but_line_breaks_in_text_are_kept() {
        refused(Map.of("reason", "bell\u0007"), "reason: contains a control character (U+0007); remove it");
        refused(Map.of("reason", "tab\there"), "reason: contains a control character (U+0009); remove it");
        refused(Map.of("country", "D\nE"), "country: contains a control character (U+000A); remove it");
        assertThat(valid(Map.of("reason", "line one\r\nline two")).get("reason")).contains("line one\nline two");
    }

    @Test
    void a_pattern_must_match_the_whole_value() {
        refused(Map.of("code", "12345"), "code: '12345' does not have the expected form [0-9]{6} (code)");
        refused(Map.of("code", "1234567"), "code: '1234567' does not have the expected form [0-9]{6} (code)");
        assertThat(valid(Map.of("code", "123 456")).get("code")).contains("123456");
    }

    @Test
    void a_choice_must_be_one_of_the_choices() {
        refused(Map.of("topic", "cookies"), "topic: 'cookies' is not one of the choices (ads, ai)");
        assertThat(valid(Map.of("topic", "AI")).get("topic")).contains("ai");
    }

    @Test
    void a_phone_number_is_international_and_loses_its_spaces_and_dashes() {
        assertThat(valid(Map.of("phone", "+49 30 123-4567")).get("phone")).contains("+49301234567");
        assertThat(valid(Map.of("phone", " +1 555-0100 99 ")).get("phone")).contains("+1555010099");
        assertThat(valid(Map.of("phone", "+12345678")).get("phone")).as("8 digits").contains("+12345678");
        assertThat(valid(Map.of("phone", "+123456789012345")).get("phone")).as("15 digits")
                .contains("+123456789012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"030 1234567", "+1234567", "+1234567890123456", "+0 30 1234567", "+49 (30) 1234567",
        "+49.30.1234567", "+49 30 1234567x"})
    void anything_else_is_not_a_phone_number_and_the_message_shows_it_as_typed_to_the_person_who_typed_it(
            String phone) {
        refused(Map.of("phone", phone), "phone: '" + phone + "' is not an international phone number (expected + "
                + "and the country code, then the number: 8 to 15 digits in all, e.g. +49 30 1234567)");
    }

    @Test
    void a_phone_input_is_personal_even_when_the_pack_does_not_say_so_and_may_not_say_otherwise() {
        assertThat(PACK.input("phone").orElseThrow().personal()).isTrue();
        assertThatThrownBy(() -> new PackLoader().load("phone.yaml", """
                format: 1
                id: phone
                title: Phone
                origins: [https://www.whatsapp.com]
                inputs:
                  phone: {type: phone, personal: false}
                steps:
                  - open: https://www.whatsapp.com/
                """)).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("phone.yaml:6:").hasMessageContaining("input 'phone' is a phone number, which "
                        + "is always personal; remove 'personal: false'");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> InputValidator.validate(PACK, Map.of("country", "ZZ", "email", "nope")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly("country", "email"));
    }

    @Test
    void names_the_pack_does_not_declare_are_warnings_and_dropped() {
        InputValues values = valid(Map.of("emial", "a@b.test", "note", ""));
        assertThat(values.warnings()).containsExactly("'emial' is not an input of pack inputs and is ignored; did you "
                + "mean 'email'? (its inputs: code, country, email, note, phone, reason, topic)");
        assertThat(values.values()).containsOnlyKeys("country");
    }

    @Test
    void a_malformed_value_is_shown_as_typed_but_a_valid_personal_one_is_never_repeated() {
        String canary = "canary+7f3@example";
        assertThatThrownBy(() -> valid(Map.of("email", canary, "reason", "CANARY-7f3-" + "y".repeat(30))))
                .satisfies(e -> assertThat(e.getMessage()).contains("'canary+7f3@example' is not an email address")
                        .doesNotContain("CANARY"));
    }
}
