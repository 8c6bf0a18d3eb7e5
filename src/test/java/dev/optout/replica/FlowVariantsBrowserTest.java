package dev.optout.replica;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The further flows' variants in a real browser: Meta's nameless dialogs (meta-flows §8), the 2026 moves and
 * WhatsApp's form (§7), and the flows in other languages than English.
 */
class FlowVariantsBrowserTest {
    private static final By DIALOG = By.cssSelector("[role='dialog']");
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
    }

    @Test
    void meta_ai_s_dialog_is_named_by_its_title_unless_the_scenario_makes_it_nameless() {
        browser.open(FlowRoutes.META_AI_SETTINGS);
        browser.button("Delete all chats").click();
        assertThat(browser.wait.until(d -> d.findElement(DIALOG)).getAccessibleName()).isEqualTo("Delete all chats?");

        browser.reset().cookieDialog(false).namelessDialogs(true);
        browser.open(FlowRoutes.META_AI_SETTINGS);
        browser.button("Delete all chats").click();
        WebElement dialog = browser.wait.until(d -> d.findElement(DIALOG));

        assertThat(dialog.getDomAttribute("aria-label")).isNull();
        assertThat(dialog.getDomAttribute("aria-labelledby")).isNull();
        assertThat(dialog.getAccessibleName()).isEmpty();
        assertThat(dialog.getText()).contains("Delete all chats?", "Cancel", "Delete");
        dialog.findElements(By.cssSelector("[role='button']")).stream()
                .filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow().click();
        assertThat(browser.statusText()).isEqualTo("All chats deleted");
        assertThat(browser.replica.recorder().submissionsTo(Submission.META_AI_DELETE_ALL_CHATS)).hasSize(1);
    }

    @Test
    void accounts_center_in_german_with_a_nameless_dialog_disconnects_future_activity() {
        browser.reset().cookieDialog(false).namelessDialogs(true).language("de");
        browser.open(FlowRoutes.OFF_META_ACTIVITY);

        assertThat(browser.byRole("heading", "Deine Aktivitäten außerhalb der Meta-Technologien")).isNotNull();
        browser.byRole("link", "Zukünftige Aktivitäten verwalten").click();
        browser.radioLabelled("Zukünftige Aktivitäten trennen").click();
        browser.button("Weiter").click();
        WebElement dialog = browser.wait.until(d -> d.findElement(DIALOG));
        assertThat(dialog.getAccessibleName()).isEmpty();
        assertThat(dialog.getText()).contains("Zukünftige Aktivitäten trennen?", "Abbrechen", "Trennen");
        dialog.findElements(By.cssSelector("[role='button']")).stream()
                .filter(b -> b.getText().equals("Trennen")).findFirst().orElseThrow().click();

        assertThat(browser.statusText()).isEqualTo("Zukünftige Aktivitäten getrennt");
        assertThat(browser.replica.recorder().submissionsTo(Submission.OFF_META_FUTURE_ACTIVITY)).hasSize(1);
    }

    @Test
    void after_2026_s_move_the_old_off_meta_address_opens_activity_from_other_businesses_where_save_sends() {
        browser.reset().cookieDialog(false).offMetaActivity2026(true);
        browser.open(FlowRoutes.OFF_META_ACTIVITY);

        assertThat(browser.driver.getCurrentUrl()).endsWith(FlowRoutes.ACTIVITY_FROM_OTHER_BUSINESSES);
        assertThat(browser.byRole("heading", "Activity from other businesses")).isNotNull();
        browser.button("Manage how Meta uses this activity").click();
        browser.byRole("radiogroup", "How Meta uses activity from other businesses");
        browser.radioLabelled("Don't allow Meta to use this activity to show you relevant content").click();
        browser.button("Save").click();

        assertThat(browser.statusText()).isEqualTo("Your choice has been saved");
        assertThat(browser.replica.recorder().submissionsTo(Submission.ACTIVITY_FROM_OTHER_BUSINESSES))
                .singleElement().satisfies(s -> assertThat(s.fields()).containsEntry("choice", "dont_allow")
                        .containsEntry("choiceLabel", "Don't allow Meta to use this activity to show you relevant "
                                + "content"));
    }

    @Test
    void after_2026_s_move_the_privacy_rights_request_opens_help_meta_com_where_submit_sends() {
        browser.reset().cookieDialog(false).privacyRequests2026(true);
        browser.open(FlowRoutes.PRIVACY_RIGHTS_FORM);

        assertThat(browser.driver.getCurrentUrl()).endsWith(FlowRoutes.META_PRIVACY_HELP);
        assertThat(browser.byRole("heading", "How can we help with your privacy?")).isNotNull();
        assertThat(browser.byRole("radiogroup", "What do you want to do?")).isNotNull();
        assertThat(browser.byRole("radiogroup", "Which product is this about?")).isNotNull();
        browser.radioLabelled("Object to or restrict the processing of my information").click();
        browser.radioLabelled("Instagram").click();
        browser.byAriaLabel("textarea", "Tell us more about your request").sendKeys("I object.");
        browser.button("Submit").click();

        assertThat(browser.statusText()).isEqualTo("Your request has been submitted");
        assertThat(browser.replica.recorder().submissionsTo(Submission.META_PRIVACY_REQUEST)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("productName", "Instagram")
                        .containsEntry("actionLabel", "Object to or restrict the processing of my information")
                        .containsEntry("reason", "I object."));
    }

    @Test
    void whatsapp_s_form_wants_an_international_phone_number_and_thanks_you() {
        browser.open(FlowRoutes.WHATSAPP_RIGHTS_FORM);

        assertThat(browser.byRole("heading", "WhatsApp Data Subject Rights Request")).isNotNull();
        browser.radioLabelled("I want to object to the processing of my information").click();
        WebElement phone = browser.byAriaLabel("input", "Phone number, with country code");
        assertThat(phone.getDomAttribute("type")).isEqualTo("tel");
        phone.sendKeys("030 1234567");
        browser.byAriaLabel("input", "Email address").sendKeys("person@example.test");
        browser.byAriaLabel("textarea", "Tell us more about your request").sendKeys("I object.");
        browser.button("Send").click();
        assertThat(browser.alertText()).isEqualTo(FlowTexts.of("whatsappRights", "en", "errorPhone"));
        assertThat(browser.replica.recorder().submissions()).isEmpty();

        phone.clear();
        phone.sendKeys("+49 30 1234567");
        browser.button("Send").click();

        assertThat(browser.statusText()).isEqualTo("Thanks for contacting WhatsApp");
        assertThat(browser.replica.recorder().submissionsTo(Submission.WHATSAPP_RIGHTS_REQUEST)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsAllEntriesOf(Map.of("phone", "+49 30 1234567",
                        "email", "person@example.test", "reason", "I object.",
                        "requestLabel", "I want to object to the processing of my information")));
    }

    @Test
    void messenger_in_portuguese_resets_the_conversation() {
        browser.reset().cookieDialog(false).language("pt");
        browser.open(FlowRoutes.MESSENGER_AI_THREAD);

        WebElement composer = browser.byRole("textbox", "Mensagem");
        composer.sendKeys("/reset-ai", Keys.ENTER);

        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Sua conversa foi redefinida"));
        assertThat(browser.replica.recorder().submissionsTo(Submission.MESSENGER_MESSAGE)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("text", "/reset-ai"));
    }

    @Test
    void the_login_wall_speaks_the_page_language_and_keeps_its_hooks() {
        browser.reset().loginRequired(true).language("it");
        browser.open(ObjectionForm.FACEBOOK.path());

        assertThat(browser.driver.getTitle()).isEqualTo("Accedi a Facebook");
        assertThat(browser.driver.findElements(By.cssSelector("form[data-testid='royal_login_form']"))).hasSize(1);
        assertThat(browser.byAriaLabel("input", "Password").getDomAttribute("type")).isEqualTo("password");
        assertThat(browser.byAriaLabel("input", "Indirizzo e-mail o numero di cellulare")).isNotNull();
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid='royal_login_button']")).getText())
                .isEqualTo("Accedi");
        assertThat(browser.driver.findElement(BrowserFixture.COOKIE_DIALOG).getText())
                .contains(Texts.of("it", "declineCookies"));
    }
}
