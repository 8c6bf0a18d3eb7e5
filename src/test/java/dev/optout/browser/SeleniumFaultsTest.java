package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.page.BrowserClosedException;
import dev.optout.page.DialogOpenException;
import dev.optout.page.ElementCoveredException;
import dev.optout.page.ElementNotInteractableException;
import dev.optout.page.ElementStaleException;
import dev.optout.page.PageException;
import dev.optout.page.PageLoadTimeoutException;
import dev.optout.page.PageNotReadyException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.remote.UnreachableBrowserException;

/** Selenium's exceptions become the page port's by their type; a closed browser Selenium names only in words too. */
class SeleniumFaultsTest {

    static Stream<Arguments> seleniumAndPort() {
        return Stream.of(
                Arguments.of(new StaleElementReferenceException("stale element reference"),
                        ElementStaleException.class),
                Arguments.of(new ElementClickInterceptedException("element click intercepted"),
                        ElementCoveredException.class),
                Arguments.of(new org.openqa.selenium.ElementNotInteractableException("element not interactable"),
                        ElementNotInteractableException.class),
                Arguments.of(new NoSuchElementException("no such element"), PageNotReadyException.class),
                Arguments.of(new JavascriptException("javascript error: document unloaded"),
                        PageNotReadyException.class),
                Arguments.of(new UnhandledAlertException("unexpected alert open"), DialogOpenException.class),
                Arguments.of(new NoSuchWindowException("no such window"), BrowserClosedException.class),
                Arguments.of(new NoSuchSessionException("invalid session id"), BrowserClosedException.class),
                Arguments.of(new UnreachableBrowserException("Could not start a new session"),
                        BrowserClosedException.class),
                Arguments.of(new TimeoutException("timed out"), PageException.class));
    }

    @ParameterizedTest
    @MethodSource("seleniumAndPort")
    void each_selenium_exception_becomes_the_port_s_by_its_type(WebDriverException selenium,
                                                                 Class<? extends PageException> port) {
        assertThat(SeleniumFaults.translate(selenium)).isExactlyInstanceOf(port).hasCause(selenium);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome not reachable", "disconnected: not connected to DevTools",
        "no such window: target window already closed", "invalid session id: session deleted"})
    void a_closed_browser_that_selenium_reports_only_in_words_is_still_a_closed_browser(String message) {
        assertThat(SeleniumFaults.translate(new WebDriverException(message)))
                .isInstanceOf(BrowserClosedException.class);
    }

    @Test
    void any_other_problem_keeps_only_the_first_line_of_selenium_s_message() {
        PageException translated = SeleniumFaults.translate(new WebDriverException("unknown error: cannot focus\n"
                + "  (Session info: chrome=136.0.7103.59)"));

        assertThat(translated).isExactlyInstanceOf(PageException.class);
        assertThat(translated.getMessage()).isEqualTo("unknown error: cannot focus");
    }

    @Test
    void a_timeout_while_a_page_loads_is_a_page_that_did_not_load_in_the_session_s_limit() {
        TimeoutException slowRenderer = new TimeoutException("timeout: Timed out receiving message from renderer");

        assertThat(SeleniumFaults.duringLoad(slowRenderer, Duration.ofSeconds(60)))
                .isInstanceOf(PageLoadTimeoutException.class)
                .hasMessage("page did not load in 60 s");
        assertThat(SeleniumFaults.duringLoad(new NoSuchWindowException("no such window"), Duration.ofSeconds(60)))
                .isInstanceOf(BrowserClosedException.class);        assertThat(SeleniumFaults.duringLoad(new org.openqa.selenium.WebDriverException("timeout: Timed out "
                + "receiving message from renderer: 2.000"), Duration.ofSeconds(2)))
                .as("ChromeDriver's own timeout, not typed as one").isInstanceOf(PageLoadTimeoutException.class)
                .hasMessage("page did not load in 2 s");
    }
}
