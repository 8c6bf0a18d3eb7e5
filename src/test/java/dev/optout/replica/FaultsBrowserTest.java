package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Faults a real browser meets (reliability #8, #9, #12, #14; meta-flows §7), counted by the replica. */
class FaultsBrowserTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
    private static final String REASON = "Please explain how this processing impacts you";
    private static BrowserFixture browser;

    @BeforeAll
    static void start() {
        browser = BrowserFixture.start();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeEach
    void fresh() {
        browser.reset().cookieDialog(false);
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Test
    void a_page_slower_than_the_load_timeout_never_loads_and_nothing_is_sent() {
        browser.reset().cookieDialog(false).slowResponseMs(4000);
        browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofMillis(1000));

        assertThatThrownBy(() -> browser.open(FORM)).isInstanceOf(TimeoutException.class);
        assertThat(browser.replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"HTTP_500, en, 1", "CONNECTION_CLOSED, de, 1", "CONNECTION_REFUSED, fr, 0", "META_ERROR, pt, 1",
            "META_ERROR, pl, 1"})
    void a_failed_send_shows_meta_s_error_alert_and_no_confirmation(SendFault fault, String language,
                                                                     int recorded) {
        browser.reset().cookieDialog(false).sendFault(fault).language(language);
        browser.open(FORM);

        new Select(browser.byAriaLabel("select", Texts.of(language, "countryLabel"))).selectByValue("DE");
        browser.button(Texts.of(language, "send")).click();

        assertThat(browser.alertText()).isEqualTo(Texts.of(language, "sendFailed"));
        assertThat(browser.driver.findElements(BrowserFixture.STATUS)).isEmpty();
        assertThat(browser.driver.findElements(By.tagName("h2")).get(0).getText())
                .as("the form stays, for the person to decide").isEqualTo(Texts.of(language, "formTitle"));
        browser.waitForRecords(recorded + " attempt(s)", r -> r.submissions().size() == recorded);
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(recorded);
    }

    @Test
    void meta_s_failure_on_a_help_form_shows_the_same_alert() {
        browser.reset().cookieDialog(false).sendFault(SendFault.META_ERROR).language("de");
        browser.open(FlowRoutes.WHATSAPP_RIGHTS_FORM);

        browser.radioLabelled("Ich möchte der Verarbeitung meiner Informationen widersprechen").click();
        browser.byAriaLabel("input", "Telefonnummer mit Ländervorwahl").sendKeys("+49 30 1234567");
        browser.byAriaLabel("input", "E-Mail-Adresse").sendKeys("person@example.test");
        browser.byAriaLabel("textarea", "Erzähl uns mehr über deine Anfrage").sendKeys("Widerspruch");
        browser.button("Senden").click();

        assertThat(browser.alertText()).isEqualTo("Etwas ist schiefgelaufen. Bitte versuche es später erneut.");
        assertThat(browser.replica.recorder().submissionsTo(Submission.WHATSAPP_RIGHTS_REQUEST)).hasSize(1);
    }

    @Test
    void links_towards_the_forms_open_a_new_tab_and_the_first_tab_stays() {
        browser.reset().cookieDialog(false).linksInNewTab(true);
        browser.open(PrivacyPages.CENTER);
        String first = browser.driver.getWindowHandle();

        browser.byRole("link", "AI at Meta").click();
        String second = newTab(List.of(first));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.replica.baseUrl() + PrivacyPages.CENTER);
        browser.driver.switchTo().window(second);
        browser.wait.until(d -> d.getCurrentUrl().endsWith(PrivacyPages.GENAI));

        browser.byRole("link", "right to object").click();
        String third = newTab(List.of(first, second));
        browser.driver.switchTo().window(third);
        browser.wait.until(d -> d.getCurrentUrl().endsWith(FORM));
        assertThat(browser.byRole("heading", Texts.of("en", "formTitle"))).isNotNull();
        browser.driver.switchTo().window(first);
        assertThat(browser.driver.getCurrentUrl()).endsWith(PrivacyPages.CENTER);
    }

    @Test
    void without_the_knob_the_links_stay_in_their_tab_and_only_marked_links_ever_get_a_target() {
        browser.open(PrivacyPages.INSTAGRAM_POLICY);
        WebElement link = browser.byRole("link", "right to object");
        assertThat(link.getDomAttribute("target")).isNull();

        browser.reset().cookieDialog(false).linksInNewTab(true);
        browser.open(PrivacyPages.INSTAGRAM_POLICY);
        assertThat(browser.byRole("link", "right to object").getDomAttribute("target")).isEqualTo("_blank");
        assertThat(browser.driver.findElements(By.cssSelector("a[target]"))).hasSize(1);
    }

    @Test
    void a_page_leaves_for_another_host_after_ten_keys_into_the_watched_field() {
        String foreign = "http://localhost:" + browser.replica.port() + "/";
        browser.reset().cookieDialog(false).navigateWhileTyping(new TypingNavigation(foreign, 10, REASON));
        browser.open(FORM);

        browser.byAriaLabel("input", "Email address").sendKeys("-more-than-ten-keys");
        assertThat(browser.driver.getCurrentUrl()).as("the email is not the watched field").endsWith(FORM);
        try {
            browser.byAriaLabel("textarea", REASON).sendKeys("x".repeat(200));
        } catch (org.openqa.selenium.WebDriverException navigatedAway) {
            // ChromeDriver may stop typing when the page goes; where the keys went is the replica's to say.
        }

        browser.wait.until(d -> d.getCurrentUrl().equals(foreign));
        String replicaOrigin = browser.replica.baseUrl();
        browser.waitForRecords("ten keys into the reason", r -> r.keystrokesOn(replicaOrigin, REASON) >= 10);
        assertThat(browser.replica.recorder().keystrokesOn(replicaOrigin, "Email address")).isEqualTo(19);
        assertThat(browser.replica.recorder().keystrokesOn(replicaOrigin, REASON)).isBetween(10L, 200L);
    }

    @Test
    void keystrokes_on_the_foreign_host_are_counted_there() {
        String foreignOrigin = "http://localhost:" + browser.replica.port();
        browser.reset().cookieDialog(false).navigateWhileTyping(foreignOrigin + FORM, 5);
        browser.open(FORM);

        browser.byAriaLabel("textarea", REASON).sendKeys("12345");
        browser.wait.until(d -> d.getCurrentUrl().startsWith(foreignOrigin));
        browser.byAriaLabel("textarea", REASON).sendKeys("on the other host");

        browser.waitForRecords("keys on the other host", r -> r.keystrokesOn(foreignOrigin, REASON) == 17);
        assertThat(browser.replica.recorder().keystrokesOn(browser.replica.baseUrl(), REASON)).isEqualTo(5);
        assertThat(browser.driver.getCurrentUrl()).as("no second navigation on the other host")
                .isEqualTo(foreignOrigin + FORM);
    }

    private static String newTab(List<String> known) {
        return browser.wait.until(d -> {
            List<String> handles = new ArrayList<>(d.getWindowHandles());
            handles.removeAll(known);
            return handles.isEmpty() ? null : handles.get(0);
        });
    }
}
