package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.page.PageException;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's handling of every step, whatever the pack: guards, optional steps, waiting, asking, the send gate. */
class StepLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
    }

    private void form(FakeElement... elements) {
        engine.page.route(FORM, page -> page.show(elements));
    }

    private RunResult live(Pack pack, Map<String, String> inputs, String... answers) {
        return engine.run(pack, Mode.LIVE, new ScriptedPerson().answering(answers), inputs);
    }

    private static StepRecord step(RunResult result, int number) {
        return InMemoryRun.step(result, number);
    }

    /** A pack of one target that opens the form, then runs {@code stepLines} (YAML, indented as list items). */
    private static Pack openTheFormThen(String target, String... stepLines) {
        List<String> yaml = new ArrayList<>(List.of("targets:", "  " + target, "steps:", "  - open: " + FORM));
        Stream.of(stepLines).map(line -> "  " + line).forEach(yaml::add);
        return InMemoryRun.pack(yaml.toArray(String[]::new));
    }

    private static final Pack GUARDED = InMemoryRun.pack(
            "targets:",
            "  banner: [{testid: banner}]",
            "  close: [{role: button, name: Close}]",
            "  title: [{role: heading, name: Welcome}]",
            "steps:",
            "  - open: " + FORM,
            "  - click: close",
            "    when: banner present",
            "  - wait-for: [title]",
            "    when: banner absent");

    @Test
    void a_guarded_step_runs_when_its_guard_holds_and_is_skipped_saying_why_when_it_does_not() {
        FakeElement banner = FakeElement.of("div").testId("banner");
        FakeElement close = FakeElement.button("Close");
        close.onClick(() -> engine.page.remove(banner));
        form(banner, close, FakeElement.heading("Welcome"));

        RunResult result = live(GUARDED, Map.of());

        assertThat(step(result, 2).status()).isEqualTo(StepStatus.DONE);
        assertThat(step(result, 3).status()).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).containsExactly("<button> Close");

        engine = new InMemoryRun(reports.resolve("second"));
        form(FakeElement.heading("Welcome"));
        RunResult without = live(GUARDED, Map.of());

        assertThat(step(without, 2).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(step(without, 2).note()).hasValue("skipped: banner absent");
        assertThat(step(without, 3).status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void an_optional_step_that_cannot_be_done_is_skipped_with_the_whole_failure_and_the_run_goes_on() {
        form(FakeElement.heading("Welcome"));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  survey: [{text: Take our survey}]",
                "  title: [{role: heading, name: Welcome}]",
                "steps:",
                "  - open: " + FORM,
                "  - click: survey",
                "    optional: true",
                "    timeout: 2",
                "  - wait-for: [title]");

        RunResult result = live(pack, Map.of());

        assertThat(step(result, 2).status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(step(result, 2).note()).hasValue("optional step not done: no element matched 'survey' "
                + "[text=\"Take our survey\"] within 2 s; page: " + FORM + ", lang=en");
        assertThat(step(result, 3).status()).isEqualTo(StepStatus.DONE);
        assertThat(result.record().outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void a_target_that_never_shows_fails_its_step_naming_every_locator_tried_the_page_and_its_language() {
        // Meta reworded the button: a fix is what the person can do.
        engine.page.route(FORM, page -> page.language("de").show(FakeElement.heading("Willkommen"),
                FakeElement.button("Absenden")));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  send:",
                "    - role: button",
                "      name: {en: Send, de: Senden}",
                "    - text: {en: Send, de: Senden}",
                "steps:",
                "  - open: " + FORM,
                "  - click: send",
                "    name: click send");

        RunResult result = live(pack, Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValue("step 2 'click send' failed: no element matched 'send' "
                + "[role=button name=\"Senden\", text=\"Senden\"] within 10 s; page: " + FORM + ", lang=de. Nothing "
                + "was sent. If Meta changed the page, put the text you see on it in the browser (its label, button "
                + "text or message) in place of … and run: optout fix test-pack send --text \"…\"");
        assertThat(step(result, 2).note()).hasValue("no element matched 'send' [role=button name=\"Senden\", "
                + "text=\"Senden\"] within 10 s; page: " + FORM + ", lang=de; if Meta changed the page, put the text "
                + "you see on it in the browser (its label, button text or message) in place of … and run: optout fix "
                + "test-pack send --text \"…\"");
        assertThat(step(result, 2).screenshot()).as("the failure is photographed").isPresent();
    }

    @Test
    void a_field_that_cannot_take_text_fails_naming_the_target_its_locators_and_the_page() {
        form(FakeElement.of("div").label("Reason"));
        Pack pack = openTheFormThen("reason: [{label: Reason}]", "- fill: reason", "  value: I object.");

        RunResult result = live(pack, Map.of());

        assertThat(result.record().message()).hasValue("step 2 'fill reason' failed: target 'reason' is a <div> "
                + "that cannot take text; the pack's locator may point at the wrong element; target 'reason' "
                + "[label=\"Reason\"]; page: " + FORM + ", lang=en. Nothing was sent.");
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_field_that_never_holds_its_value_fails_when_the_wait_runs_out_naming_the_target_and_the_page() {
        FakeElement name = FakeElement.textbox("Name");
        name.onEdit(() -> name.value(""));
        form(name);
        Pack pack = openTheFormThen("name: [{label: Name}]", "- fill: name", "  value: Alex");

        RunResult result = live(pack, Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValue("step 2 'fill name' failed: 'name' to hold its value did "
                + "not happen within 10 s; target 'name' [label=\"Name\"]; page: " + FORM + ", lang=en. Nothing was "
                + "sent.");
        assertThat(engine.page.keystrokes()).as("each attempt replaces the value, typed again")
                .hasSizeGreaterThan(10).allMatch(k -> k.endsWith("← Alex"));
    }

    @Test
    void a_problem_the_browser_reports_fails_the_step_in_the_same_sentence() {
        form(FakeElement.button("Next").onClick(() -> {
            throw new PageException("unknown error: the renderer crashed");
        }));
        Pack pack = openTheFormThen("next: [{role: button, name: Next}]", "- click: next");

        RunResult result = live(pack, Map.of());

        assertThat(result.record().message()).hasValue("step 2 'click next' failed: the browser reported: unknown "
                + "error: the renderer crashed; target 'next' [role=button name=\"Next\"]; page: " + FORM
                + ", lang=en. Nothing was sent.");
    }

    @Test
    void a_page_slower_than_its_load_limit_fails_the_open_step() {
        engine.page.loadsIn(Duration.ofSeconds(90), Duration.ofSeconds(60));
        Pack pack = InMemoryRun.pack("steps:", "  - open: " + FORM);

        RunResult result = live(pack, Map.of());

        assertThat(result.record().message()).hasValue("step 1 'open " + FORM + "' failed: page did not load in "
                + "60 s; page: " + FORM + ", lang=en. Nothing was sent.");
    }

    private static final Pack SENDING = InMemoryRun.pack(
            "inputs:",
            "  email: {type: email, personal: true, label: Your email}",
            "targets:",
            "  nowhere: [{testid: nowhere}]",
            "  email: [{label: Email}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: " + FORM,
            "  - fill: email",
            "    value: ${email}",
            "  - confirm: Send it?",
            "    when: nowhere present",
            "  - click: send",
            "    submits: true");

    private void sendingForm() {
        FakeElement send = FakeElement.button("Send");
        send.onClick(() -> engine.page.submit("request"));
        form(FakeElement.textbox("Email").field("email"), send);
    }

    @Test
    void a_send_without_a_yes_before_it_is_refused_and_never_clicked() {
        sendingForm();

        RunResult result = live(SENDING, Map.of("email", "canary+7f3@example.test"));

        assertThat(step(result, 3).note()).hasValue("skipped: nowhere absent");
        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("step 4 'click send' failed: refusing to send: no confirm step said yes before this step")
                .endsWith("Nothing was sent."));
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void with_yes_given_up_front_the_summary_is_still_shown_the_values_are_sent_once_and_personal_ones_masked() {
        sendingForm();
        Pack pack = InMemoryRun.emailForm(FORM, "{label: Email}");
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = engine.run(pack, RunSettings.defaults(Mode.LIVE).withAssumeYes(true), person,
                Map.of("email", "canary+7f3@example.test"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(step(result, 3).note()).hasValue("confirmed by --yes");
        assertThat(person.transcript()).contains("optout will send this to www.facebook.com:\n  Email  c***@e***.test")
                .contains("Send it? yes (--yes)").doesNotContain("canary");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("email", "canary+7f3@example.test"));
        assertThat(result.record().sent()).singleElement().satisfies(field -> {
            assertThat(field.value()).isEqualTo("c***@e***.test");
            assertThat(field.host()).isEqualTo("www.facebook.com");
        });
    }

    @Test
    void a_malformed_answer_is_asked_again_and_a_valid_one_is_typed() {
        form(FakeElement.textbox("Code").field("code"));
        Pack pack = InMemoryRun.pack(
                "inputs:",
                "  code: {type: code, personal: true, pattern: '[0-9]{6}', label: The code}",
                "targets:",
                "  code: [{label: Code}]",
                "steps:",
                "  - open: " + FORM,
                "  - ask: code",
                "    message: Type the code Meta emailed you",
                "  - fill: code",
                "    value: ${code}");
        ScriptedPerson person = new ScriptedPerson().answering("12", "123456");

        RunResult result = engine.run(pack, Mode.LIVE, person, Map.of());

        assertThat(step(result, 2).note()).hasValue("answered");
        assertThat(person.heard()).filteredOn(h -> h.equals("Type the code Meta emailed you")).hasSize(2);
        assertThat(engine.page.keystrokes()).containsExactly("<input> Code ← 123456");
    }

    @Test
    void no_answer_at_all_fails_the_ask_step() {
        form();
        Pack pack = InMemoryRun.pack(
                "inputs:",
                "  code: {type: code, personal: true, label: The code}",
                "steps:",
                "  - open: " + FORM,
                "  - ask: code",
                "    message: Type the code");

        RunResult result = engine.run(pack, Mode.LIVE, new ScriptedPerson(), Map.of());

        assertThat(result.record().message()).hasValue("step 2 'ask for code' failed: no answer for code (end of "
                + "input); page: " + FORM + ", lang=en. Nothing was sent.");
    }

    @Test
    void a_dry_run_walks_on_past_a_missing_target_and_then_no_step_waits_longer_than_the_run_s_default() {
        form(FakeElement.heading("Welcome"));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  missing: [{text: Not on this page}]",
                "  confirmation: [{text: Thanks}]",
                "  title: [{role: heading, name: Welcome}]",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: [missing]",
                "  - wait-for: [confirmation]",
                "    timeout: 60",
                "  - wait-for: [title]");

        RunResult result = engine.run(pack, Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(step(result, 2).status()).isEqualTo(StepStatus.FAILED);
        assertThat(step(result, 3).note().orElseThrow()).contains("within 10 s");
        assertThat(step(result, 3).ms()).isLessThan(11_000);
        assertThat(step(result, 4).status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void a_dry_run_shows_a_sending_key_press_and_cannot_reach_what_comes_after_it() {
        FakeElement message = FakeElement.textbox("Message");
        message.onKey("Enter", () -> engine.page.submit("message"));
        form(message);
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  message: [{label: Message}]",
                "  sent: [{text: Sent}]",
                "steps:",
                "  - open: " + FORM,
                "  - confirm: Send the message?",
                "  - press: Enter",
                "    target: message",
                "    submits: true",
                "  - verify: [sent]",
                "    when: message present");

        RunResult result = engine.run(pack, Mode.DRY_RUN, new ScriptedPerson(), Map.of());

        assertThat(step(result, 3).status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(step(result, 3).note()).hasValue("would press Enter and send to www.facebook.com");
        assertThat(step(result, 3).matched()).hasValue("label=\"Message\"");
        assertThat(step(result, 4).note()).hasValue("comes after the send, so a dry run cannot reach it (only if "
                + "message present)");
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_long_wait_for_the_person_reports_progress_every_fifteen_seconds_until_the_page_shows_it_is_done() {
        form(FakeElement.heading("Log in"));
        engine.page.after(Duration.ofSeconds(40), () -> engine.page.show(FakeElement.heading("Welcome")));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  title: [{role: heading, name: Welcome}]",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for-person: Log in in the browser.",
                "    until: [title]");
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = engine.run(pack, Mode.LIVE, person, Map.of());

        assertThat(step(result, 2).status()).isEqualTo(StepStatus.DONE);
        assertThat(person.heard()).containsExactly("Log in in the browser. (optout waits up to 15 min)",
                "Thanks, going on.");
        assertThat(engine.progress).contains("still waiting for target 'title' to appear (15 s of 900 s)",
                "still waiting for target 'title' to appear (30 s of 900 s)");
    }

    @Test
    void a_dialog_the_page_opened_is_shown_to_the_person_before_the_next_step_and_the_run_waits_for_their_answer() {
        FakeElement next = FakeElement.button("Next");
        next.onClick(() -> engine.page.openDialog("Leave this page?", () -> engine.page.show(
                FakeElement.heading("Done"))));
        form(next);
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  next: [{role: button, name: Next}]",
                "  done: [{role: heading, name: Done}]",
                "steps:",
                "  - open: " + FORM,
                "  - click: next",
                "  - wait-for: [done]");
        ScriptedPerson answers = new ScriptedPerson();
        Person answeringInTheBrowser = new Person() {
            @Override
            public boolean confirm(String question) {
                return false;
            }

            @Override
            public Optional<String> ask(String prompt) {
                return Optional.empty();
            }

            @Override
            public void tell(String message) {
                answers.tell(message);
                engine.page.after(Duration.ofSeconds(5), () -> engine.page.answerDialog(true));
            }
        };

        RunResult result = engine.run(pack, Mode.LIVE, answeringInTheBrowser, Map.of());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DONE);
        assertThat(answers.heard()).containsExactly(Waiter.dialogNotice("Leave this page?"));
        assertThat(engine.page.clicks()).containsExactly("<button> Next");
        assertThat(step(result, 3).ms()).isGreaterThanOrEqualTo(5_000);
    }
}
