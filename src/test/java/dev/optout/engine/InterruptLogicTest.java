package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack's interrupts: an overlay that may cover the form at any moment is handled before each step and each
 * action, and when an action was intercepted; then the action is retried once. What no interrupt knows is never
 * clicked through.
 */
class InterruptLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    private static final String TARGETS = String.join("\n",
            "targets:",
            "  cookie-dialog: [{testid: cookie-policy-manage-dialog}]",
            "  decline-cookies: [{role: button, name: Decline optional cookies}]",
            "  country: [{label: Country}]",
            "  email: [{label: Email}]",
            "  send: [{role: button, name: Send}]",
            "  done: [{text: Sent}]");

    private static final Pack FORM_PACK = InMemoryRun.pack(TARGETS,
            "interrupts:",
            "  - when: cookie-dialog",
            "    click: decline-cookies",
            "steps:",
            "  - open: " + FORM,
            "  - select: country",
            "    value: DE",
            "  - fill: email",
            "    value: someone@example.org",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - verify: [done]");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement dialog;
    private FakeElement decline;
    private FakeElement country;
    private FakeElement send;

    @BeforeEach
    void a_form_whose_cookie_dialog_covers_it() {
        engine = new InMemoryRun(reports);
        dialog = FakeElement.of("div").role("dialog").testId("cookie-policy-manage-dialog");
        decline = FakeElement.button("Decline optional cookies");
        decline.onClick(() -> engine.page.remove(dialog).remove(decline));
        country = FakeElement.select("Country", "DE", "Germany", "FR", "France").field("country");
        send = FakeElement.button("Send");
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.show(FakeElement.of("div").text("Sent"));
        });
        engine.page.covering(dialog, decline);
    }

    private void form(FakeElement... more) {
        engine.page.route(FORM, page -> page.show(country, FakeElement.textbox("Email").field("email"), send)
                .show(more));
    }

    private RunResult live(Pack pack) {
        return engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of());
    }

    @Test
    void a_cookie_dialog_that_appears_after_the_first_input_is_declined_and_the_form_is_sent_once_after_it() {
        country.onEdit(() -> engine.page.show(dialog, decline));
        form();

        RunResult result = live(FORM_PACK);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(engine.page.submissions()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("email", "someone@example.org"));
        assertThat(engine.page.clicks()).containsExactly("<button> Decline optional cookies", "<button> Send");
        assertThat(InMemoryRun.step(result, 3).note()).hasValue("the overlay 'cookie-dialog' showed: clicked "
                + "'decline-cookies'");
    }

    @Test
    void an_overlay_that_appears_as_the_click_lands_intercepts_it_and_the_click_is_retried_once_after_the_handler() {
        form();
        engine.page.appearAtNextAction(dialog, decline);

        RunResult result = live(InMemoryRun.pack(TARGETS,
                "interrupts:",
                "  - when: cookie-dialog",
                "    click: decline-cookies",
                "steps:",
                "  - open: " + FORM,
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true",
                "  - verify: [done]"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(engine.page.clicks()).containsExactly("<button> Decline optional cookies", "<button> Send");
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void an_overlay_no_interrupt_handles_is_never_clicked_through_and_the_send_fails_naming_what_covers_it() {
        FakeElement coachmark = FakeElement.of("div").role("dialog").named("New: a tip").text("New: a tip");
        FakeElement gotIt = FakeElement.button("Got it");
        engine.page.lyingOver(coachmark, send);
        form(coachmark, gotIt);

        RunResult result = live(FORM_PACK);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow())
                .startsWith("step 5 'click send' failed: 'send' to accept a click did not happen within 10 s")
                .contains("the target is covered by <div> New: a tip, which none of the pack's interrupts (when "
                        + "cookie-dialog present, click decline-cookies) handles; optout never clicks through an "
                        + "overlay")
                .endsWith("Nothing was sent.");
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(engine.page.clicks()).isEmpty();
    }

    @Test
    void a_step_that_handles_the_overlay_itself_is_left_to_do_so() {
        engine.page.route(FORM, page -> page.show(dialog, decline, FakeElement.of("div").text("Sent")));

        RunResult result = live(InMemoryRun.pack(TARGETS,
                "interrupts:",
                "  - when: cookie-dialog",
                "    click: decline-cookies",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: [cookie-dialog]",
                "  - click: decline-cookies",
                "    when: cookie-dialog present",
                "  - verify: [done]"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DONE);
        assertThat(InMemoryRun.step(result, 3).status()).isEqualTo(StepStatus.DONE);
        assertThat(InMemoryRun.step(result, 3).matched()).hasValue("role=button name=\"Decline optional cookies\"");
        assertThat(engine.page.clicks()).containsExactly("<button> Decline optional cookies");
    }

    @Test
    void an_overlay_that_stays_after_its_handler_fails_the_step_before_anything_is_sent() {
        decline.onClick(() -> { });
        form(dialog, decline);

        RunResult result = live(FORM_PACK);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message().orElseThrow()).startsWith("step 2 'select country' failed: "
                + "'cookie-dialog' to go away after optout clicked 'decline-cookies' did not happen within 10 s");
        assertThat(engine.page.choices()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_key_press_may_be_the_handler_and_an_overlay_it_does_not_close_stops_the_run_before_the_choice() {
        FakeElement tour = FakeElement.of("div").role("dialog").named("Tour");
        engine.page.covering(tour);
        form(tour);
        Pack pack = InMemoryRun.pack(TARGETS,
                "  tour: [{role: dialog, name: Tour}]",
                "interrupts:",
                "  - when: tour",
                "    press: Escape",
                "steps:",
                "  - open: " + FORM,
                "  - select: country",
                "    value: FR");

        RunResult result = live(pack);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(engine.page.keystrokes()).containsExactly("(page) ← Escape");
        assertThat(result.record().message().orElseThrow()).contains("'tour' to go away after optout pressed "
                + "Escape did not happen within 10 s");
        assertThat(engine.page.choices()).isEmpty();
    }

    @Test
    void in_a_dry_run_the_interrupt_s_click_still_happens_as_other_dismissing_clicks_do() {
        form(dialog, decline);

        RunResult result = engine.run(FORM_PACK, Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(engine.page.clicks()).containsExactly("<button> Decline optional cookies");
        assertThat(engine.page.choices()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void the_interrupt_s_click_passes_the_origin_check_of_any_click() {
        String evil = "https://www.facebook.com.evil.test/form";
        engine.page.route(FORM, page -> page.after(Duration.ofSeconds(1), () -> page.navigate(evil)));
        engine.page.route(evil, page -> page.show(dialog, decline, country));
        Pack pack = InMemoryRun.pack(TARGETS,
                "interrupts:",
                "  - when: cookie-dialog",
                "    click: decline-cookies",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: [country]",
                "  - select: country",
                "    value: DE");

        RunResult result = live(pack);

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message().orElseThrow()).startsWith("step 3 'select country' failed: the page "
                + "moved to https://www.facebook.com.evil.test").contains("refusing to click there");
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.choices()).isEmpty();
    }

    @Test
    void the_time_an_overlay_takes_to_go_is_waited_for() {
        decline.onClick(() -> engine.page.after(Duration.ofSeconds(2), () -> engine.page.remove(dialog)
                .remove(decline)));
        form(dialog, decline);

        RunResult result = live(FORM_PACK);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(engine.page.clicks()).containsExactly("<button> Decline optional cookies", "<button> Send");
    }
}
