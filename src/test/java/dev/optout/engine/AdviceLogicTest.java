package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advice that fits, when a target is missing in a run nobody can repair: {@code optout fix} only where the target
 * plausibly is on the page under other words, and otherwise what the page shows instead.
 */
class AdviceLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    /** The objection form's shape: arriving (an overlay, a wall, the title), then three fields and Send. */
    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  country: {type: text, label: Country}",
            "  email: {type: email, personal: true, label: Your email}",
            "  reason: {type: text, label: Reason}",
            "targets:",
            "  cookie-dialog: [{testid: cookie-policy-manage-dialog}]",
            "  decline-cookies: [{role: button, name: Decline optional cookies}]",
            "  login-wall: [{testid: royal_login_form}]",
            "  form-title: [{role: heading, name: Object to your information being used for AI at Meta}]",
            "  email: [{label: Email address}]",
            "  reason: [{label: Please explain how this processing impacts you}]",
            "  send: [{role: button, name: Send}]",
            "interrupts: [{when: cookie-dialog, click: decline-cookies}]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for: [cookie-dialog, login-wall, form-title]",
            "    timeout: 5",
            "  - wait-for-person: Log in, please",
            "    until: [form-title]",
            "    when: login-wall present",
            "  - fill: email",
            "    value: ${email}",
            "  - fill: reason",
            "    value: ${reason}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true");

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void an_engine() {
        engine = new InMemoryRun(reports);
    }

    private RunResult unattended() {
        return engine.run(PACK, RunSettings.defaults(Mode.LIVE).withStepTimeout(Duration.ofSeconds(5)).withAssumeYes(true),
                new ScriptedPerson(), Map.of("email", "a@example.test", "reason", "Because"));
    }

    @Test
    void a_form_that_sits_behind_a_button_gets_what_the_page_shows_and_never_a_fix_for_the_cookie_dialog() {
        engine.page.route(FORM, page -> page.show(FakeElement.heading("Privacy Center"),
                FakeElement.button("Submit an objection request"), FakeElement.button("Learn more")));

        RunResult result = unattended();

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow())
                .doesNotContain("optout fix")
                .contains("The page shows nothing optout could take for 'form-title'")
                .contains("the form is not where the pack expects it")
                .contains("the heading \"Privacy Center\" and the buttons \"Submit an objection request\", "
                        + "\"Learn more\"")
                .contains("If the form opens behind one of these")
                .doesNotContain("may have reached Meta");
    }

    @Test
    void a_field_behind_a_next_button_gets_the_buttons_and_no_fix() {
        engine.page.route(FORM, page -> page.show(
                FakeElement.heading("Object to your information being used for AI at Meta"),
                FakeElement.textbox("Email address").type("email"), FakeElement.button("Next")));

        RunResult result = unattended();

        assertThat(result.record().message().orElseThrow())
                .contains("'fill reason' failed")
                .doesNotContain("optout fix")
                .contains("The page shows nothing optout could take for 'reason' (a text field or textbox)")
                .contains("the button \"Next\"");
    }

    @Test
    void a_field_whose_label_meta_reworded_is_the_one_a_fix_is_suggested_for() {
        engine.page.route(FORM, page -> page.show(
                FakeElement.heading("Object to your information being used for AI at Meta"),
                FakeElement.textbox("Email address").type("email"),
                FakeElement.textarea("Tell us how this affects you"), FakeElement.button("Send")));

        RunResult result = unattended();

        assertThat(result.record().message().orElseThrow())
                .contains("If Meta changed the page, put the text you see on it in the browser (its label, button "
                        + "text or message) in place of … and run: optout fix test-pack reason --text \"…\"");
    }

    @Test
    void a_field_that_has_no_label_but_a_hint_inside_is_named_by_its_hint() {
        engine.page.route(FORM, page -> page.show(
                FakeElement.heading("Object to your information being used for AI at Meta"),
                FakeElement.textbox("Email address").type("email"),
                FakeElement.of("textarea").placeholder("Tell us more"), FakeElement.button("Send")));

        RunResult result = unattended();

        assertThat(result.record().message().orElseThrow())
                .contains("put the grey hint text you see inside the field in the browser (the page shows no label "
                        + "for it)")
                .contains("optout fix test-pack reason");
    }
}
