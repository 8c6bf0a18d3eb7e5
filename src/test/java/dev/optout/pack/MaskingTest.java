package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void an_email_keeps_two_first_letters_and_the_top_level_domain() {
        assertThat(Masking.email("canary+7f3@example.test")).isEqualTo("c***@e***.test");
        assertThat(Masking.email("jo@mail.example.co.uk")).isEqualTo("j***@m***.uk");
    }

    @Test
    void a_text_shows_its_first_character_and_its_length() {
        assertThat(Masking.text("CANARY-7f3")).isEqualTo("C\u2026 (10 chars)");
        assertThat(Masking.text("\uD83D\uDE00 smile")).isEqualTo("\uD83D\uDE00\u2026 (7 chars)");
    }

    @Test
    void a_short_value_reveals_at_most_one_character() {
        assertThat(Masking.text("")).isEqualTo("(empty)");
        assertThat(Masking.text("x")).isEqualTo("\u2026 (1 char)");
        assertThat(Masking.text("ab")).isEqualTo("a\u2026 (2 chars)");
        assertThat(Masking.text("abc")).isEqualTo("a\u2026 (3 chars)");
        assertThat(Masking.email("a@b")).isEqualTo("a\u2026 (3 chars)");
        assertThat(Masking.email("a@b.c")).isEqualTo("a\u2026 (5 chars)");
    }

    @Test
    void something_that_is_not_an_address_is_masked_as_text() {
        assertThat(Masking.email("not-an-address")).isEqualTo("n\u2026 (14 chars)");
        assertThat(Masking.email("@example.test")).isEqualTo("@\u2026 (13 chars)");
    }

    @Test
    void only_personal_inputs_are_masked_for_display() {
        InputSpec email = new InputSpec("email", InputType.EMAIL, false, true, "Email", 254, Optional.empty(),
                Optional.empty(), List.of());
        InputSpec country = new InputSpec("country", InputType.COUNTRY, true, false, "Country", 0, Optional.empty(),
                Optional.empty(), List.of());
        assertThat(Masking.forDisplay(email, "canary@example.test")).isEqualTo("c***@e***.test");
        assertThat(Masking.forDisplay(country, "DE")).isEqualTo("DE");
    }
}
