package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginTest {

    @ParameterizedTest
    @CsvSource({
        "https://www.facebook.com/help/contact/6359191084165019?x=1#top, https://www.facebook.com",
        "HTTPS://WWW.Facebook.COM/help, https://www.facebook.com",
        "http://127.0.0.1:8080/help, http://127.0.0.1:8080",
        "http://[::1]:8080/, http://[::1]:8080",
    })
    void the_origin_of_a_url_is_its_lower_case_scheme_host_and_port(String url, String origin) {
        assertThat(Origin.of(url)).map(Origin::toString).hasValue(origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"about:blank", "data:text/html,hello", "not a url", "/help/contact"})
    void a_url_without_a_host_has_no_origin(String url) {
        assertThat(Origin.of(url)).isEmpty();
    }

    @Test
    void origins_that_differ_only_in_case_are_the_same_and_a_port_makes_another() {
        assertThat(Origin.parse("https://WWW.facebook.com")).isEqualTo(Origin.parse("https://www.facebook.com"))
                .isNotEqualTo(Origin.parse("https://www.facebook.com:8443"));
        assertThat(Origin.parse("http://[::1]:9000").host()).isEqualTo("[::1]");
    }

    @Test
    void text_that_is_no_origin_is_refused() {
        assertThatThrownBy(() -> Origin.parse("www.facebook.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'www.facebook.com' is not an origin");
    }
}
