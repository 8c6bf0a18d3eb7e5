package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form knobs no pack knows about, in both markups: a required "Full name" that refuses the send (marked required,
 * or not), a "Confirm email address", a second confirmation whose Submit alone sends, a security check only a person
 * passes, thanks in other words than the reference text, an email pre-filled with the account's address that nobody
 * may change (--readonly-email), a reason that takes at most N characters (--maxlength N), and fields without labels
 * with an icon Send (--no-labels).
 */
class FormKnobsBrowserTest {
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
    @CsvSource({"NATIVE, en", "REACT, en", "NATIVE, de", "REACT, pl"})
    void an_empty_full_name_refuses_the_send_with_a_message_tied_to_the_field(Markup markup, String language) {
        browser.replica.scenario().markup(markup).language(language).extraRequiredField(true);
        browser.open(FORM);
        chooseCountry("DE");
        WebElement fullName = browser.byRole("textbox", Texts.of(language, "fullNameLabel"));
        assertThat(fullName.getDomAttribute("aria-invalid")).isNull();

        browser.button(Texts.of(language, "send")).click();

        String message = Texts.of(language, "errorFullName");
        browser.wait.until(d -> "true".equals(fullName.getDomAttribute("aria-invalid")));
        if (markup == Markup.REACT) {
            WebElement described = browser.driver.findElement(By.id(fullName.getDomAttribute("aria-describedby")));
            assertThat(described.getText()).isEqualTo(message);
        } else {
            WebElement row = fullName.findElement(By.xpath("ancestor::div[span[normalize-space()='"
                    + Texts.of(language, "fullNameLabel") + "']][1]"));
            assertThat(row.getText()).contains(message);
        }
        assertThat(browser.driver.findElements(BrowserFixture.STATUS).stream().map(WebElement::getText))
                .doesNotContain(Texts.of(language, "success"));

        fullName.sendKeys("Ada Lovelace");
        browser.button(Texts.of(language, "send")).click();
        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).as("the refused Send posted nothing").singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("fullName", "Ada Lovelace")
                        .containsEntry("country", "DE"));
    }

    @Test
    void before_the_send_the_full_name_s_message_is_not_there_or_empty() {
        browser.replica.scenario().markup(Markup.REACT).extraRequiredField(true);
        browser.open(FORM);

        WebElement fullName = browser.byRole("textbox", "Full name");

        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("Please enter your full name.");
        assertThat(fullName.getDomAttribute("aria-required")).isEqualTo("true");
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_second_confirmation_posts_only_after_submit_and_nothing_after_cancel(Markup markup) {
        browser.replica.scenario().markup(markup).secondConfirmation(true);
        browser.open(FORM);
        chooseCountry("FR");

        browser.button("Send").click();
        WebElement dialog = browser.byRole("dialog", "Submit your objection?");
        assertThat(dialog.getDomAttribute("aria-modal")).isEqualTo("true");
        assertThat(dialog.findElements(By.cssSelector("[role='button']")).stream().map(WebElement::getText))
                .containsExactly("Cancel", "Submit");
        browser.button("Cancel").click();
        browser.wait.until(d -> d.findElements(By.cssSelector("[role='dialog']")).isEmpty());
        assertThat(browser.driver.findElements(BrowserFixture.STATUS).stream().map(WebElement::getText))
                .doesNotContain("Your objection has been submitted");

        browser.button("Send").click();
        browser.button("Submit").click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.driver.findElement(By.xpath("//*[normalize-space()='Your objection has been submitted']"))
                .isDisplayed()).isTrue();
        assertThat(browser.replica.recorder().submissions()).as("nothing was sent after Cancel").hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"NATIVE, en", "REACT, en", "REACT, fr"})
    void the_reworded_confirmation_replaces_the_form_and_shows_none_of_the_reference_success_text(Markup markup,
                                                                                                 String language) {
        browser.replica.scenario().markup(markup).language(language).rewordedConfirmation(true);
        browser.open(FORM);
        chooseCountry("IT");

        browser.button(Texts.of(language, "send")).click();

        String thanks = Texts.of(language, "rewordedConfirmation");
        assertThat(browser.byRole("heading", thanks).findElement(By.xpath("ancestor::*[@role='status']"))
                .isDisplayed()).isTrue();
        String page = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain(Texts.of(language, "success"), "Your request has been submitted");
        assertThat(browser.driver.findElements(By.tagName("form"))).isEmpty();
        assertThat(browser.replica.recorder().submissionsTo(Submission.OBJECTION)).hasSize(1);
    }

    @Test
    void the_knobs_apply_to_a_help_form_too() {
        browser.replica.scenario().markup(Markup.REACT).extraRequiredField(true).secondConfirmation(true)
                .rewordedConfirmation(true);
        browser.open(FlowRoutes.WHATSAPP_RIGHTS_FORM);
        Map<String, String> texts = FlowTexts.of("whatsappRights", "en");
        browser.byRole("radio", texts.get("requestObject")).click();
        browser.byRole("textbox", texts.get("phoneLabel")).sendKeys("+49 30 1234567");
        browser.byRole("textbox", texts.get("emailLabel")).sendKeys("ada@example.test");
        browser.byRole("textbox", texts.get("reasonLabel")).sendKeys("I object.");

        browser.button(texts.get("send")).click();
        browser.wait.until(d -> "true".equals(browser.byRole("textbox", "Full name").getDomAttribute("aria-invalid")));
        browser.byRole("textbox", "Full name").sendKeys("Ada Lovelace");
        browser.button(texts.get("send")).click();
        browser.button("Submit").click();

        browser.waitForRecords("the request", r -> r.submissionCount(Submission.WHATSAPP_RIGHTS_REQUEST) > 0);
        assertThat(browser.byRole("heading", "Thanks, we received your request.").isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain(texts.get("success"));
        assertThat(browser.replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("fullName", "Ada Lovelace"));
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_unmarked_full_name_has_no_required_mark_and_only_its_message_after_send_asks_for_it(Markup markup) {
        browser.replica.scenario().markup(markup).extraRequiredUnmarked(true);
        browser.open(FORM);
        chooseCountry("DE");
        WebElement fullName = browser.byRole("textbox", "Full name");

        assertThat(fullName.getDomAttribute("aria-required")).isNull();
        assertThat(fullName.getDomAttribute("required")).isNull();
        browser.button("Send").click();

        browser.wait.until(d -> "true".equals(fullName.getDomAttribute("aria-invalid")));
        assertThat(browser.replica.recorder().submissions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_confirm_email_field_is_required_and_sends_only_when_it_equals_the_email(Markup markup) {
        browser.replica.scenario().markup(markup).confirmEmail(true);
        browser.open(FORM);
        chooseCountry("DE");
        WebElement confirm = browser.byRole("textbox", "Confirm email address");

        assertThat(confirm.getDomAttribute("type")).isEqualTo("email");
        assertThat(markup == Markup.REACT ? confirm.getDomAttribute("aria-required")
                : String.valueOf(confirm.getDomProperty("required"))).isEqualTo("true");
        confirm.sendKeys("someone.else@example.test");
        browser.button("Send").click();
        browser.wait.until(d -> "true".equals(confirm.getDomAttribute("aria-invalid")));
        assertThat(browser.driver.findElement(By.tagName("body")).getText())
                .contains("The email addresses don't match.");

        confirm.clear();
        confirm.sendKeys(Scenario.DEFAULT_EMAIL);
        browser.button("Send").click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).as("the refused Send posted nothing").singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("confirmEmail", Scenario.DEFAULT_EMAIL)
                        .containsEntry("email", Scenario.DEFAULT_EMAIL));
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_security_check_posts_only_once_its_box_is_ticked_and_continue_pressed(Markup markup) {
        browser.replica.scenario().markup(markup).securityCheck(true);
        browser.open(FORM);
        chooseCountry("FR");

        browser.button("Send").click();
        WebElement dialog = browser.byRole("dialog", "Security check");
        assertThat(dialog.getText()).contains("To continue, confirm that you are not a robot.", "I'm not a robot");
        browser.button("Continue").click();
        browser.wait.until(d -> dialog.getText().contains("Tick the box to continue."));
        assertThat(browser.replica.recorder().submissions()).as("Continue without the tick").isEmpty();

        robotBox(markup).click();
        browser.button("Continue").click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("[role='dialog']"))).isEmpty();
    }

    /** The security check's "I'm not a robot": an ARIA checkbox in REACT markup, a native one in its label else. */
    private static WebElement robotBox(Markup markup) {
        return markup == Markup.REACT ? browser.byRole("checkbox", "I'm not a robot")
                : browser.driver.findElement(By.xpath("//label[normalize-space()=\"I'm not a robot\"]/input"));
    }

    /** Picks the country by its code in whichever widget the markup shows, as a person would. */
    private static void chooseCountry(String code) {
        WebElement country = browser.byRole("combobox", Texts.of(browser.replica.scenario().language(),
                "countryLabel"));
        if (country.getTagName().equals("select")) {
            new Select(country).selectByValue(code);
            return;
        }
        country.click();
        String name = (String) browser.script("return new Intl.DisplayNames([arguments[0]], {type: 'region'})"
                + ".of(arguments[1]);", browser.replica.scenario().language(), code);
        browser.option(name).click();
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

    @ParameterizedTest
    @EnumSource(Markup.class)
    void the_fields_have_placeholders_and_no_label_and_send_is_an_icon_that_sends(Markup markup) {
        browser.replica.scenario().markup(markup).noLabels(true);
        browser.open(FORM);

        WebElement email = browser.wait.until(d -> d.findElement(By.cssSelector("input[type=email], form input")));
        WebElement reason = browser.driver.findElement(By.cssSelector("form textarea"));
        assertThat(email.getDomAttribute("placeholder")).isEqualTo(Texts.of("en", "emailLabel"));
        assertThat(reason.getDomAttribute("placeholder")).isEqualTo(Texts.of("en", "reasonLabel"));
        List<WebElement> labelled = browser.driver.findElements(By.cssSelector(
                "form [aria-label], form [aria-labelledby], form label"));
        assertThat(labelled).extracting(e -> e.getDomAttribute("aria-label")).containsExactly(Texts.of("en", "send"));
        String shown = browser.driver.findElement(By.tagName("form")).getText();
        assertThat(shown).doesNotContain(Texts.of("en", "countryLabel")).doesNotContain(Texts.of("en", "emailLabel"))
                .doesNotContain(Texts.of("en", "send"));

        WebElement send = browser.button(Texts.of("en", "send"));
        assertThat(send.getTagName()).isEqualTo(markup == Markup.NATIVE ? "button" : "div");
        assertThat(send.findElements(By.tagName("svg"))).hasSize(1);
        WebElement country = browser.driver.findElement(By.cssSelector("form select, form [role=combobox]"));
        if (country.getTagName().equals("select")) {
            new Select(country).selectByValue("DE");
        } else {
            country.click();
            browser.option("Germany").click();
        }
        send.click();

        browser.waitForRecords("the objection", r -> r.submissionCount(Submission.OBJECTION) > 0);
        assertThat(browser.replica.recorder().submissions()).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("country", "DE"));
    }
}
