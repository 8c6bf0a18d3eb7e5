package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.LocalizedText;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.Search;
import dev.optout.testing.HeadlessChromium;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7.5 and failure 6: a locator that throws in a real Chromium (a selector it rejects at run time, an XPath it
 * cannot parse) counts as no match for that locator, the next one is tried, and the search says why it was refused.
 */
class BrokenLocatorTest {

    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        browser.page().open("data:text/html,<title>form</title><button type=submit>Send</button>");
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    private static final Locator JSOUP_CSS = Locator.of(LocatorKind.CSS, "button:contains('Send')");
    private static final Locator CUT_XPATH = Locator.of(LocatorKind.XPATH, "//button[");
    private static final Locator ROLE = Locator.role("button", LocalizedText.of("Send"));

    @Test
    void a_selector_the_browser_rejects_is_no_match_and_the_fallback_after_it_finds_the_element() {
        Search search = browser.pagePort().search(new Target("send", List.of(JSOUP_CSS, CUT_XPATH, ROLE)), "en");

        assertThat(search.match()).hasValueSatisfying(m -> assertThat(m.locator()).isEqualTo(ROLE));
        assertThat(search.broken()).extracting(BrokenLocator::locator).containsExactly(JSOUP_CSS, CUT_XPATH);
        assertThat(search.broken().get(0).problem()).contains("is not a valid selector");
        assertThat(search.broken().get(1).problem()).contains("is not a valid XPath expression");
    }

    @Test
    void a_target_of_only_broken_locators_finds_nothing_and_says_so_instead_of_failing_the_page() {
        Search search = browser.pagePort().search(new Target("send", List.of(JSOUP_CSS, CUT_XPATH)), "en");

        assertThat(search.match()).isEmpty();
        assertThat(search.broken()).hasSize(2);
    }
}
