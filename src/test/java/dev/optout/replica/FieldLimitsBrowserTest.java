package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The objection form's field limits in both markups: an email pre-filled with the account's address that nobody
 * may change (--readonly-email), and a reason that takes at most N characters (--maxlength N).
 */
class FieldLimitsBrowserTest {
    private static final String FORM = ObjectionForm.FACEBOOK.path();
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
        browser.reset().cookieDialog(false).renderDelayMs(0);
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_read_only_email_shows_the_account_s_address_and_keeps_it(Markup markup) {
        browser.replica.scenario().markup(markup).readonlyEmail(true).accountEmail("account@example.test");
        browser.open(FORM);
        WebElement email = browser.byRole("textbox", "Email address");

        if (markup == Markup.NATIVE) {
            assertThat(email.getDomAttribute("readonly")).isNotNull();
        } else {
            assertThat(email.getDomAttribute("readonly")).isNull();
            assertThat(email.getDomAttribute("aria-readonly")).isEqualTo("true");
            // React's controlled input takes the keys, and puts its own value back.
            email.sendKeys("x");
        }

        assertThat(email.getDomProperty("value")).isEqualTo("account@example.test");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void without_the_knob_the_email_is_pre_filled_and_can_be_changed(Markup markup) {
        browser.replica.scenario().markup(markup);
        browser.open(FORM);
        WebElement email = browser.byRole("textbox", "Email address");

        email.sendKeys("x");

        assertThat(email.getDomAttribute("aria-readonly")).isNull();
        assertThat(email.getDomProperty("value")).isEqualTo(Scenario.DEFAULT_EMAIL + "x");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_reason_takes_at_most_its_limit_said_by_maxlength_or_by_a_counter(Markup markup) {
        browser.replica.scenario().markup(markup).reasonMaxLength(12);
        browser.open(FORM);
        WebElement reason = browser.byRole("textbox", Texts.of("en", "reasonLabel"));

        reason.sendKeys("Fünfzehn Zeichen");

        assertThat(reason.getDomProperty("value")).isEqualTo("Fünfzehn Zei");
        if (markup == Markup.NATIVE) {
            assertThat(reason.getDomAttribute("maxlength")).isEqualTo("12");
        } else {
            assertThat(reason.getDomAttribute("maxlength")).isNull();
            WebElement counter = browser.driver.findElement(By.id(reason.getDomAttribute("aria-describedby")));
            assertThat(counter.getText()).isEqualTo("12/12");
        }
    }
}
