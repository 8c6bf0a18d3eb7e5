package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Origins decide where the tool may type personal data: every look-alike must fail at load, at its line. */
class HostileOriginTest {

    private static PackError originError(String origin) {
        String yaml = BadPackTest.BASE.replace("origins: [https://www.facebook.com]", "origins: ['" + origin + "']");
        InvalidPackException e = BadPackTest.failure(yaml);
        PackError first = e.errors().get(0);
        assertThat(first.line()).as(e.getMessage()).isEqualTo(4);
        assertThat(first.column()).isEqualTo(11);
        assertThat(first.step()).isEmpty();
        return first;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://www.facebook.com|origin 'http://www.facebook.com' must use https:// (e.g. https://www.facebook.com)",
        "https://facebook.com.evil.test|origin 'https://facebook.com.evil.test' is not on Meta's domains (allowed: "
                + "facebook.com, instagram.com, meta.ai, messenger.com, meta.com, fb.com, whatsapp.com and their subdomains)",
        "https://evil-facebook.com|origin 'https://evil-facebook.com' is not on Meta's domains (allowed: "
                + "facebook.com, instagram.com, meta.ai, messenger.com, meta.com, fb.com, whatsapp.com and their subdomains)",
        "https://user@evil.test|origin 'https://user@evil.test' contains user info ('user@'); an origin is "
                + "https:// and a host, nothing else",
        "https://www.facebook.com@evil.test|origin 'https://www.facebook.com@evil.test' contains user info "
                + "('www.facebook.com@'); an origin is https:// and a host, nothing else",
        "https://www.facebook.com/help|origin 'https://www.facebook.com/help' has a path; an origin is https:// and "
                + "a host, nothing else",
        "https://www.facebook.com:8443|origin 'https://www.facebook.com:8443' names a port; an origin is https:// "
                + "and a host, nothing else",
        "https://WWW.FACEBOOK.COM|origin 'https://WWW.FACEBOOK.COM' does not name a lowercase host such as "
                + "www.facebook.com",
        "https://xn--facebok-y0a.com|origin 'https://xn--facebok-y0a.com' uses a punycode (internationalised) "
                + "host; Meta's hosts are plain ASCII",
    })
    void a_hostile_origin_is_refused_with_its_reason(String origin, String message) {
        assertThat(originError(origin).message()).isEqualTo(message);
    }

    @Test
    void an_idn_look_alike_is_refused_by_its_foreign_letter() {
        assertThat(originError("https://www.faceb\u043eok.com").message()).isEqualTo("origin 'https://www.faceb\u043eok"
                + ".com' contains the character '\u043e' (U+043E); only plain ASCII hosts are accepted, so look-alike "
                + "hosts cannot pass");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.facebook.com", "https://facebook.com", "https://www.instagram.com",
        "https://meta.ai", "https://accountscenter.meta.com", "https://m.facebook.com", "https://fb.com",
        "https://www.messenger.com", "https://www.whatsapp.com", "https://help.meta.com"})
    void meta_origins_are_accepted(String origin) {
        assertThat(MetaOrigins.problem(origin)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://whatsapp.com.evil.test", "https://evil-whatsapp.com", "https://whatsapp.co",
        "https://www.whatsap.com"})
    void look_alikes_of_whatsapp_are_refused(String origin) {
        assertThat(MetaOrigins.problem(origin)).hasValueSatisfying(problem -> assertThat(problem)
                .contains("is not on Meta's domains"));
    }

    @Test
    void an_enormous_nested_selector_is_refused_quickly() {
        String deep = "(".repeat(200_000) + ")".repeat(200_000);
        String yaml = BadPackTest.BASE.replace("css: input#email", "xpath: '" + deep + "'");
        PackError error = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> BadPackTest.onlyError(yaml));
        assertThat(error.message()).isEqualTo("the xpath selector is 400000 characters long; the limit is 1000");
    }
}
