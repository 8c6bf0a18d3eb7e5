package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AI gate before the fields (meta-flows §7), and what may cover a form: a late cookie dialog, a coachmark. */
class GateAndOverlaysBrowserTest {
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
        browser.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "pt"})
    void the_gate_shows_the_fields_only_after_yes_and_no_shows_why_not(String language) {
        browser.reset().cookieDialog(false).aiGate(true).language(language);
        browser.open(FORM);

        browser.byRole("radiogroup", Texts.of(language, "gateQuestion"));
        assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo(Texts.of(language, "formTitle"));
        assertThat(fields()).as("no field before the answer").isEmpty();
        assertThat(buttonsNamed(Texts.of(language, "send"))).isZero();

        browser.radioLabelled(Texts.of(language, "gateNo")).click();
        assertThat(browser.driver.findElement(By.cssSelector("[role='note']")).getText())
                .isEqualTo(Texts.of(language, "gateNoText"));
        assertThat(fields()).isEmpty();

        browser.radioLabelled(Texts.of(language, "gateYes")).click();
        assertThat(browser.driver.findElement(By.cssSelector("[role='note']")).isDisplayed()).isFalse();
        new Select(browser.byAriaLabel("select", Texts.of(language, "countryLabel"))).selectByValue("DE");
        browser.button(Texts.of(language, "send")).click();

        assertThat(browser.statusText()).isEqualTo(Texts.of(language, "success"));
        assertThat(browser.driver.findElements(By.cssSelector("[role='radiogroup']"))).as("the gate went with the form")
                .isEmpty();
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void the_german_gate_asks_in_meta_s_words() {
        browser.reset().cookieDialog(false).aiGate(true).language("de");
        browser.open(FORM);

        assertThat(browser.byRole("radiogroup", "Bezieht sich deine Anfrage auf KI bei Meta?").getText())
                .contains("Ja", "Nein");
    }

    @Test
    void a_cookie_dialog_after_the_first_input_covers_the_form_being_filled_until_declined() {
        browser.reset().cookieDialogAt(CookieDialogTiming.AFTER_FIRST_INPUT);
        browser.open(FORM);

        WebElement reason = browser.byAriaLabel("textarea", "Please explain how this processing impacts you");
        assertThat(browser.driver.findElements(BrowserFixture.COOKIE_DIALOG)).as("not at arrival").isEmpty();
        new Select(browser.byAriaLabel("select", "Country where you live")).selectByValue("FR");

        browser.wait.until(d -> !d.findElements(BrowserFixture.COOKIE_DIALOG).isEmpty());
        reason.sendKeys("typed behind the dialog");
        assertThatThrownBy(() -> browser.button("Send").click()).isInstanceOf(ElementClickInterceptedException.class);
        assertThat(browser.replica.recorder().submissions()).isEmpty();

        browser.declineCookies();
        browser.button("Send").click();
        assertThat(browser.statusText()).isEqualTo("Your objection has been submitted");
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("country", "FR")
                        .containsEntry("reason", "typed behind the dialog"));
    }

    @Test
    void a_cookie_dialog_after_a_delay_appears_on_a_page_already_in_use() {
        browser.reset().cookieDialogAt(CookieDialogTiming.AFTER_MS).cookieDialogDelayMs(1200);
        browser.open(FORM);

        browser.byAriaLabel("select", "Country where you live");
        assertThat(browser.driver.findElements(BrowserFixture.COOKIE_DIALOG)).as("not yet").isEmpty();

        browser.wait.until(d -> !d.findElements(BrowserFixture.COOKIE_DIALOG).isEmpty());
        assertThatThrownBy(() -> browser.button("Send").click()).isInstanceOf(ElementClickInterceptedException.class);
    }

    @Test
    void the_timing_applies_to_every_page_with_the_dialog() {
        browser.reset().cookieDialogAt(CookieDialogTiming.AFTER_FIRST_INPUT);
        browser.open(FlowRoutes.PRIVACY_RIGHTS_FORM);

        WebElement reason = browser.byAriaLabel("textarea", "Tell us more about your request");
        assertThat(browser.driver.findElements(BrowserFixture.COOKIE_DIALOG)).isEmpty();
        reason.sendKeys("x");

        browser.wait.until(d -> !d.findElements(BrowserFixture.COOKIE_DIALOG).isEmpty());
    }

    @Test
    void a_coachmark_over_send_intercepts_the_click_until_got_it_and_is_no_cookie_dialog() {
        browser.reset().cookieDialog(false).overlayOverSend(true).language("es");
        browser.open(FORM);

        new Select(browser.byAriaLabel("select", "País de residencia")).selectByValue("ES");
        WebElement coachmark = browser.byRole("dialog", Texts.of("es", "coachmarkTitle"));
        assertThat(coachmark.findElements(By.cssSelector("[data-cookiebanner], [data-testid]"))).isEmpty();
        assertThat(browser.driver.findElements(BrowserFixture.COOKIE_DIALOG)).isEmpty();
        WebElement send = browser.button("Enviar");
        assertThatThrownBy(send::click).isInstanceOf(ElementClickInterceptedException.class);
        assertThat(browser.replica.recorder().submissions()).isEmpty();

        browser.button(Texts.of("es", "coachmarkDismiss")).click();
        send.click();
        assertThat(browser.statusText()).isEqualTo(Texts.of("es", "success"));
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void the_coachmark_also_covers_the_help_forms_send() {
        browser.reset().cookieDialog(false).overlayOverSend(true);
        browser.open(FlowRoutes.WHATSAPP_RIGHTS_FORM);

        WebElement send = browser.button("Send");
        browser.byRole("dialog", Texts.of("en", "coachmarkTitle"));

        assertThatThrownBy(send::click).isInstanceOf(ElementClickInterceptedException.class);
    }

    private static java.util.List<WebElement> fields() {
        return browser.driver.findElements(By.cssSelector("select, textarea, input[type='text']")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private static long buttonsNamed(String name) {
        return browser.driver.findElements(By.cssSelector("[role='button']")).stream()
                .filter(b -> b.isDisplayed() && name.equals(b.getAccessibleName())).count();
    }
}
