package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the loader says about a CSS selector it refuses; which ones it refuses is checked against Chromium. */
class CssSelectorParserTest {

    private static String problem(String css) {
        return SelectorCheck.problem(LocatorKind.CSS, css).orElse("accepted");
    }

    @Test
    void a_jsoup_extension_is_named_as_such_with_the_locator_to_use_instead() {
        assertThat(problem("div:contains(Send)")).isEqualTo("the CSS selector 'div:contains(Send)' does not parse: "
                + "':contains()' is jsoup's invention, not CSS, and browsers refuse it (to find an element by its "
                + "text, use a text: locator) (at character 4)");
    }

    @Test
    void a_pseudo_element_could_never_match_an_element() {
        assertThat(problem("button::after")).isEqualTo("the CSS selector 'button::after' could never match: "
                + "'::after' is a pseudo-element, which a browser never returns as an element (at character 7)");
        assertThat(problem("p:first-line")).contains("':first-line' is a pseudo-element (::first-line)");
    }

    @Test
    void an_unknown_pseudo_class_gets_the_closest_known_one() {
        assertThat(problem("input:chekced")).isEqualTo("the CSS selector 'input:chekced' does not parse: unknown "
                + "pseudo-class ':chekced' (did you mean ':checked'?) (at character 6)");
        assertThat(problem("li:nth-chlid(2)")).contains("unknown pseudo-class ':nth-chlid()' (did you mean "
                + "':nth-child()'?)");
    }

    @Test
    void the_place_of_the_trouble_is_given_in_characters() {
        assertThat(problem("a > > b")).isEqualTo("the CSS selector 'a > > b' does not parse: expected a selector "
                + "after the combinator '>', not '>' (at character 5)");
        assertThat(problem("[a=1]")).endsWith("an attribute value is a name or a quoted text, not the number 1 (at "
                + "character 4)");
    }

    @Test
    void a_namespace_prefix_other_than_any_or_none_is_undeclared() {
        assertThat(problem("svg|rect")).contains("the namespace prefix 'svg' is not declared");
        assertThat(problem("*|rect")).isEqualTo("accepted");
    }

    @Test
    void an_id_that_starts_with_a_digit_gets_the_escaped_spelling() {
        assertThat(problem("#1st")).contains("'#1st' is not an id selector").contains("#\\31 st");
        assertThat(problem("#\\31 st")).isEqualTo("accepted");
    }

    @Test
    void chromium_s_own_prefixed_pseudo_classes_are_refused_as_not_standard() {
        assertThat(problem("input:-webkit-autofill")).contains("':-webkit-autofill' is Chromium's own");
    }

    @Test
    void a_selector_keyed_on_a_data_attribute_is_told_apart() {
        assertThat(SelectorCheck.keysOnDataAttribute("[data-testid=\"send\"]")).isTrue();
        assertThat(SelectorCheck.keysOnDataAttribute("div[role=dialog]:has([DATA-cookiebanner])")).isTrue();
        assertThat(SelectorCheck.keysOnDataAttribute("input[name=email]")).isFalse();
        assertThat(SelectorCheck.keysOnDataAttribute(".data-testid")).isFalse();
    }
}
