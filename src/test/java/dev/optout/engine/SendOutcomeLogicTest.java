package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.InMemoryPage.SendAnswer;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a send came to, judged from evidence on pages that carry real pages' noise: what left the browser and came
 * back, and what changed on the page after the click. Each of the four outcomes after a send, and the noise that
 * must not decide any of them.
 */
class SendOutcomeLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String SUBMITTED = "Your objection has been submitted";
    private static final String EMAIL = "canary+7f3@example.test";

    /** A pack as the bundled ones are: its success text, and "any alert" as its last error target. */
    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  email: {type: email, personal: true, label: Your email}",
            "targets:",
            "  email: [{label: Email address}]",
            "  send: [{role: button, name: Send}]",
            "  success: [{text: " + SUBMITTED + "}, {role: status, name: " + SUBMITTED + "}]",
            "  send-failed: [{role: alert, name: Something went wrong}, {role: alert, name: ''}]",
            "  title: [{role: heading, name: Object}]",
            "errors: [send-failed]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for: [title]",
            "  - fill: email",
            "    value: ${email}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - wait-for: [success]",
            "    name: wait for Meta's answer",
            "    timeout: 60",
            "  - verify: [success]");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement title;
    private FakeElement email;
    private FakeElement send;

    @BeforeEach
    void a_form() {
        engine = new InMemoryRun(reports);
        title = FakeElement.heading("Object");
        email = FakeElement.textbox("Email address").type("email").field("email");
        send = FakeElement.button("Send");
    }

    private RunResult live() {
        return engine.run(PACK, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("email", EMAIL));
    }

    /** The page shows its form with these besides it (noise a real page carries from the start). */
    private void formWith(FakeElement... besides) {
        engine.page.route(FORM, page -> {
            page.show(besides);
            page.show(title, email, send);
        });
    }

    private static FakeElement emptyAlert() {
        return FakeElement.of("div").role("alert");
    }

    private static FakeElement status(String text) {
        return FakeElement.of("div").role("status").text(text);
    }

    @Test
    void an_empty_alert_region_present_from_the_start_is_no_error_and_the_confirmation_counts() {
        FakeElement staleHidden = FakeElement.of("div").role("alert").text("Something went wrong").hidden();
        formWith(emptyAlert(), staleHidden, status(""));
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(400), () -> engine.page.show(status(SUBMITTED)));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().confirmation()).hasValue(SUBMITTED);
        assertThat(result.record().evidence()).hasValueSatisfying(e -> {
            assertThat(e.basis()).isEqualTo("Meta's confirmation text");
            assertThat(e.requests()).containsExactly("POST https://www.facebook.com/ajax/objection/submit → 200");
        });
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void an_alert_that_showed_the_same_words_before_the_click_is_no_answer_to_the_send() {
        FakeElement old = FakeElement.of("div").role("alert").text("Something went wrong");
        formWith(old);
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(400), () -> engine.page.show(status(SUBMITTED)));
        });

        assertThat(live().record().outcome()).isEqualTo(Outcome.CONFIRMED);
    }

    @Test
    void field_messages_with_nothing_sent_are_a_refusal_that_names_the_field_and_counts_as_nothing_sent() {
        FakeElement fullName = FakeElement.textbox("Full name");
        formWith(emptyAlert(), fullName);
        send.onClick(() -> fullName.invalid("Please enter your full name."));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow())
                .contains("Meta's page refused the send: it says \"Please enter your full name.\" about 'Full name'; "
                        + "nothing left the browser")
                .contains("nothing counts as sent").contains("no --force needed")
                .doesNotContain("may have reached Meta").doesNotContain("may or may not");
        assertThat(InMemoryRun.step(result, 6).ms()).as("settled within seconds, not the 60 s wait")
                .isLessThan(5_000);
        assertThat(result.sentSomething()).as("a rerun is no repeat").isFalse();
        assertThat(result.record().sent()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(result.record().evidence()).hasValueSatisfying(e -> {
            assertThat(e.basis()).isEqualTo("a field message, and no request left");
            assertThat(e.requests()).isEmpty();
        });
    }

    @Test
    void an_alert_inside_a_field_s_own_container_is_a_message_about_that_field() {
        formWith(emptyAlert());
        send.onClick(() -> engine.page.show(FakeElement.of("div").role("alert")
                .text("Please confirm your email address.").about(email)));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow())
                .contains("it says \"Please confirm your email address.\" about 'Email address'");
    }

    @Test
    void a_second_dialog_that_waits_for_an_answer_is_a_refusal_with_its_words_and_nothing_sent() {
        formWith(emptyAlert());
        send.onClick(() -> engine.page.show(FakeElement.of("div").role("dialog").modal().asking()
                .text("Submit your objection? Submit Cancel")));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow()).contains("Meta's page did not send it: it asks \"Submit "
                + "your objection? Submit Cancel\" and waits for an answer; nothing left the browser");
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void an_error_status_with_a_silent_page_fails_soon_after_the_answer_and_counts_as_sent() {
        formWith(emptyAlert());
        engine.page.answersSendsWith(SendAnswer.status(500));
        send.onClick(() -> engine.page.submit("objection"));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow()).contains("The send left the browser and Meta's page "
                + "answered with an error (POST https://www.facebook.com/ajax/objection/submit → 500)")
                .contains("It may or may not have reached Meta");
        assertThat(InMemoryRun.step(result, 6).ms()).isLessThan(5_000);
        assertThat(result.sentSomething()).isTrue();
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void an_alert_that_appears_after_a_request_came_back_is_meta_s_error_in_its_own_words() {
        formWith(emptyAlert());
        FakeElement filled = FakeElement.of("div").role("alert").text("We could not process this. Try again.");
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(300), () -> engine.page.show(filled));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow())
                .contains("Meta's page answered with \"We could not process this. Try again.\"");
        assertThat(result.record().evidence().orElseThrow().pageSaid())
                .hasValue("We could not process this. Try again.");
    }

    @Test
    void a_request_that_came_back_fine_without_a_confirmation_is_sent_unconfirmed_quoting_the_page() {
        formWith(emptyAlert());
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.show(status("We are looking into it"));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message().orElseThrow()).contains("The send left the browser and came back (POST "
                + "https://www.facebook.com/ajax/objection/submit → 200), but optout recognised no confirmation "
                + "within 60 s; the page now shows \"We are looking into it\"").contains("Do NOT send it again");
        assertThat(result.sentSomething()).isTrue();
    }

    @Test
    void a_confirmation_in_other_words_where_the_form_gave_way_is_confirmed_by_structure_and_quoted() {
        formWith(emptyAlert(), status(""));
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.remove(email).remove(send).remove(title);
            engine.page.show(FakeElement.heading("Thanks, we received your request."));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().confirmation()).hasValue("Thanks, we received your request.");
        assertThat(InMemoryRun.step(result, 7).status()).isEqualTo(StepStatus.DONE);
        assertThat(InMemoryRun.step(result, 7).note().orElseThrow()).contains("Meta's page showed \"Thanks, we "
                + "received your request.\" once the send had come back fine").contains("the form is gone");
        assertThat(result.record().evidence()).hasValueSatisfying(e ->
                assertThat(e.basis()).startsWith("the page's structure"));
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void a_page_that_now_asks_for_an_emailed_code_in_unknown_words_is_no_confirmation() {
        formWith();
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.remove(email).remove(send);
            engine.page.show(FakeElement.heading("Saisissez le code"), FakeElement.textbox("Code"));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message().orElseThrow()).contains("the page now shows \"Saisissez le code\"");
    }

    @Test
    void a_modal_thank_you_over_the_form_after_a_fine_request_is_a_confirmation() {
        formWith();
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.show(FakeElement.of("div").role("dialog").modal().text("Thanks! Meta has your request."));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().confirmation()).hasValue("Thanks! Meta has your request.");
    }

    @Test
    void with_the_browser_reporting_requests_as_they_leave_a_click_that_sent_nothing_is_refused_at_the_end() {
        formWith(emptyAlert());

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow()).contains("Nothing left the browser after the send was "
                + "clicked, and Meta's page gave no reason within 60 s");
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void with_resource_timing_only_no_request_seen_is_no_proof_that_nothing_left_so_it_counts_as_sent() {
        formWith(emptyAlert());
        engine.page.trafficSeenAsItLeaves(false);

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message().orElseThrow()).contains("optout saw no request leave")
                .contains("one may still be under way");
        assertThat(result.sentSomething()).isTrue();
    }

    @Test
    void a_request_still_under_way_when_the_wait_ends_is_sent_unconfirmed() {
        formWith(emptyAlert());
        engine.page.answersSendsWith(SendAnswer.underWay());
        send.onClick(() -> engine.page.submit("objection"));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(result.record().message().orElseThrow()).contains("The send left the browser, but no answer came "
                + "back within 60 s (POST https://www.facebook.com/ajax/objection/submit → no answer yet)");
    }

    @Test
    void the_page_s_own_logging_is_not_the_send_leaving() {
        formWith(emptyAlert());
        FakeElement fullName = FakeElement.textbox("Full name");
        engine.page.route(FORM, page -> page.show(title, email, fullName, send));
        send.onClick(() -> {
            engine.page.request("POST", "https://www.facebook.com/ajax/bz", "beacon", SendAnswer.status(200));
            engine.page.request("GET", "https://www.facebook.com/ajax/poll", "fetch", SendAnswer.status(200));
            fullName.invalid("Please enter your full name.");
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.record().message().orElseThrow()).contains("nothing left the browser");
    }

    @Test
    void a_cookie_dialog_over_the_answer_is_dismissed_by_the_interrupt_and_is_no_refusal() {
        Pack withCookies = InMemoryRun.pack(
                "inputs:",
                "  email: {type: email, personal: true, label: Your email}",
                "targets:",
                "  email: [{label: Email address}]",
                "  send: [{role: button, name: Send}]",
                "  success: [{text: " + SUBMITTED + "}]",
                "  title: [{role: heading, name: Object}]",
                "  cookie-dialog: [{testid: cookie-policy-manage-dialog}]",
                "  decline-cookies: [{role: button, name: Decline optional cookies}]",
                "interrupts: [{when: cookie-dialog, click: decline-cookies}]",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: [title]",
                "  - fill: email",
                "    value: ${email}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true",
                "  - verify: [success]",
                "    timeout: 60");
        formWith();
        FakeElement dialog = FakeElement.of("div").role("dialog").modal().asking().testId("cookie-policy-manage-dialog")
                .text("Allow cookies? Decline optional cookies Allow all");
        FakeElement decline = FakeElement.button("Decline optional cookies");
        decline.onClick(() -> engine.page.remove(dialog).remove(decline));
        send.onClick(() -> {
            engine.page.show(dialog, decline);
            engine.page.after(Duration.ofSeconds(3), () -> {
                engine.page.submit("objection");
                engine.page.show(status(SUBMITTED));
            });
        });

        RunResult result = engine.run(withCookies, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("email", EMAIL));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(engine.page.clicks()).contains("<button> Decline optional cookies");
    }

    @Test
    void personal_values_the_page_repeats_are_masked_wherever_its_words_are_quoted() {
        formWith();
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.remove(email).remove(send);
            engine.page.show(status("Thanks! We will write to " + EMAIL + " within a month."));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().confirmation().orElseThrow()).doesNotContain(EMAIL).contains("Thanks! We will "
                + "write to").contains("within a month.");
        assertThat(result.record().toString()).doesNotContain(EMAIL).doesNotContain("canary+7f3");
    }

    @Test
    void a_live_run_of_a_pack_that_sends_nothing_is_done_and_never_says_meta_confirmed_anything() {
        Pack walkOnly = InMemoryRun.pack(
                "targets:",
                "  title: [{role: heading, name: Object}]",
                "steps:",
                "  - open: " + FORM,
                "  - verify: [title]");
        formWith();

        RunResult result = engine.run(walkOnly, Mode.LIVE, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DONE);
        assertThat(result.record().evidence()).isEmpty();
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void with_resource_timing_only_an_alert_and_no_request_seen_is_a_failure_not_a_refusal() {
        formWith(emptyAlert());
        engine.page.trafficSeenAsItLeaves(false).answersSendsWith(SendAnswer.underWay());
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.show(FakeElement.of("div").role("alert").text("Something went wrong"));
        });

        RunResult result = live();

        assertThat(result.record().outcome()).as("a request under way is invisible to Resource Timing")
                .isEqualTo(Outcome.FAILED);
        assertThat(result.record().message().orElseThrow()).contains("show only finished requests, so optout cannot "
                + "tell whether the send left");
        assertThat(result.sentSomething()).isTrue();
    }

    @Test
    void with_resource_timing_only_a_field_message_is_still_a_refusal() {
        FakeElement fullName = FakeElement.textbox("Full name");
        formWith(fullName);
        engine.page.trafficSeenAsItLeaves(false);
        send.onClick(() -> fullName.invalid("Please enter your full name."));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.sentSomething()).isFalse();
    }
}
