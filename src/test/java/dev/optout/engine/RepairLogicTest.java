package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Fix;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Origin;
import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The not-found path of an attended run, against an in-memory page: what the person may point at, and what not. */
class RepairLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String CANARY = "canary+7f3@example.test";

    private static final Pack SENDING = InMemoryRun.emailForm(FORM, "{label: Email address}, {role: textbox, name: Email address}");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private final List<Fix> kept = new ArrayList<>();

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
    }

    private RunResult attended(Person person) {
        return engine.run(SENDING, RunSettings.defaults(Mode.LIVE).withStepTimeout(InMemoryRun.STEP_TIMEOUT), person,
                Map.of("email", CANARY), Optional.of(fix -> {
                    kept.add(fix);
                    return "fixes/test-pack.yaml";
                }));
    }

    private FakeElement sendButton(String name) {
        FakeElement send = FakeElement.button(name);
        send.onClick(() -> engine.page.submit("request"));
        return send;
    }

    @Test
    void typed_texts_and_yes_repair_a_field_and_a_button_and_the_same_run_sends_once_with_the_value() {
        FakeElement email = FakeElement.textbox("Your email").field("email");
        engine.page.route(FORM, page -> page.show(FakeElement.of("label").text("Your email"), email,
                sendButton("Submit request")));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "y", "y", "Submit request", "y");

        RunResult result = attended(person);

        assertThat(result.record().outcome()).as(person.transcript()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).hasSize(1);
        assertThat(engine.page.submissions().get(0)).containsEntry("email", CANARY);
        assertThat(kept).extracting(Fix::target).containsExactly("email", "send");
        assertThat(kept.get(0).locator().kind()).isEqualTo(LocatorKind.ROLE);
        assertThat(kept.get(0).locator().describe("en")).isEqualTo("role=textbox name=\"Your email\"");
        assertThat(kept.get(1).locator().describe("en")).isEqualTo("role=button name=\"Submit request\"");
        assertThat(kept).allSatisfy(fix -> {
            assertThat(fix.origin()).contains(Origin.parse("https://www.facebook.com"));
            assertThat(fix.language()).isEqualTo("en");
            assertThat(fix.pack()).isEqualTo("test-pack");
        });
        assertThat(InMemoryRun.step(result, 2).note()).hasValueSatisfying(note -> assertThat(note)
                .endsWith("repaired by you: 'email' now found by role=textbox name=\"Your email\""));
        assertThat(person.transcript()).contains("Step 2 'fill email' cannot find 'email' [label=\"Email address\", "
                + "role=textbox name=\"Email address\"]").contains(Repairer.PROMPT)
                .contains("Is this 'email'?")
                .contains("Repaired in this run (by you):\n  'email' now found by role=textbox name=\"Your email\"");
    }

    @Test
    void a_typed_text_that_points_at_a_password_field_is_refused_and_nothing_is_typed() {
        engine.page.route(FORM, page -> page.show(FakeElement.of("input").type("password").label("Password"),
                sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson().answering("Password", "");

        RunResult result = attended(person);

        assertThat(person.transcript()).contains("refused: <input type=password> role=textbox \"Password\" is a "
                + "password input; optout never types into or picks password, hidden or file inputs");
        assertThat(person.heard()).noneMatch(line -> line.startsWith("Is this"));
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
        assertThat(kept).isEmpty();
        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
    }

    @Test
    void a_typed_text_that_points_at_a_button_where_a_field_is_needed_is_refused() {
        FakeElement go = FakeElement.button("Continue");
        go.onClick(() -> engine.page.submit("wrong"));
        engine.page.route(FORM, page -> page.show(go, sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson().answering("Continue", "");

        RunResult result = attended(person);

        assertThat(person.transcript()).contains("refused: <button> role=button \"Continue\" is not a text field or "
                + "textbox, which step 'fill email' needs");
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(kept).isEmpty();
        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.FAILED);
    }

    @Test
    void a_no_asks_again_and_an_empty_line_stops_with_the_step_failed_as_before_and_the_fix_command_last() {
        engine.page.route(FORM, page -> page.show(FakeElement.textbox("Your email"), sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "n", "");

        RunResult result = attended(person);

        assertThat(person.heard().stream().filter(Repairer.PROMPT::equals)).hasSize(2);
        assertThat(kept).isEmpty();
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("step 2 'fill email' failed: no element matched 'email'")
                .endsWith("Nothing was sent. If Meta changed the page, put the text you see on it in the browser (its "
                        + "label, button text or message) in place of … and run: optout fix test-pack email "
                        + "--text \"…\""));
    }

    @Test
    void a_click_the_picker_took_is_the_choice_and_the_page_itself_never_saw_it() {
        FakeElement email = FakeElement.textbox("Your email").field("email");
        List<String> pageClicks = new ArrayList<>();
        email.onClick(() -> pageClicks.add("the page's own handler"));
        engine.page.route(FORM, page -> page.show(email, sendButton("Send")));
        ScriptedPerson answers = new ScriptedPerson().answering("", "y", "y");
        List<String> seenByThePageBeforeTheYes = new ArrayList<>();
        Person clicksThenPressesEnter = new Person() {
            @Override
            public boolean confirm(String question) {
                if (question.startsWith("Is this")) {
                    seenByThePageBeforeTheYes.addAll(pageClicks);
                }
                return answers.confirm(question);
            }

            @Override
            public Optional<String> ask(String prompt) {
                if (prompt.equals(Repairer.PROMPT)) {
                    engine.page.personClicks(email);
                }
                return answers.ask(prompt);
            }

            @Override
            public void tell(String message) {
                answers.tell(message);
            }
        };

        RunResult result = attended(clicksThenPressesEnter);

        // Typing into the field afterwards may click it; the person's click itself never reached the page.
        assertThat(answers.heard()).anyMatch(line -> line.startsWith("Is this 'email'?"));
        assertThat(seenByThePageBeforeTheYes).isEmpty();
        assertThat(kept).extracting(Fix::target).containsExactly("email");
        assertThat(result.record().outcome()).as(answers.transcript()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions().get(0)).containsEntry("email", CANARY);
    }

    @Test
    void a_headless_run_asks_only_for_the_text_since_nobody_can_click_and_the_typed_text_still_repairs() {
        FakeElement email = FakeElement.textbox("Your email").field("email");
        engine.page.route(FORM, page -> page.show(FakeElement.of("label").text("Your email"), email,
                sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "y", "y");

        RunResult result = engine.run(SENDING, RunSettings.defaults(Mode.LIVE).withStepTimeout(InMemoryRun.STEP_TIMEOUT)
                .withPersonAtTheBrowser(false), person, Map.of("email", CANARY), Optional.of(fix -> {
                    kept.add(fix);
                    return "fixes/test-pack.yaml";
                }));

        assertThat(person.heard()).contains(Repairer.HEADLESS_PROMPT).doesNotContain(Repairer.PROMPT);
        assertThat(person.transcript()).doesNotContain("click it in the browser");
        assertThat(kept).extracting(Fix::target).containsExactly("email");
        assertThat(result.record().outcome()).as(person.transcript()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).hasSize(1);
    }

    @Test
    void a_dry_run_repairs_too_and_keeps_the_fix_but_types_and_sends_nothing() {
        engine.page.route(FORM, page -> page.show(FakeElement.textbox("Your email"), sendButton("Submit request")));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "y", "Submit request", "y");

        RunResult result = engine.run(SENDING, RunSettings.defaults(Mode.DRY_RUN)
                .withStepTimeout(InMemoryRun.STEP_TIMEOUT), person, Map.of("email", CANARY), Optional.of(fix -> {
                    kept.add(fix);
                    return "fixes/test-pack.yaml";
                }));

        assertThat(kept).extracting(Fix::target).containsExactly("email", "send");
        assertThat(result.anyStepFailed()).as(person.transcript()).isFalse();
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void on_a_page_the_pack_does_not_allow_nothing_is_asked_and_nothing_can_be_chosen() {
        // The form loads on Meta's host, then the page moves elsewhere by itself before the field shows.
        engine.page.route(FORM, page -> page.after(java.time.Duration.ofSeconds(1),
                () -> page.navigate("https://www.facebook.com.evil.test/form")));
        engine.page.route("https://www.facebook.com.evil.test/form",
                page -> page.show(FakeElement.textbox("Your email"), sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "y");

        RunResult result = attended(person);

        assertThat(person.heard()).noneMatch(Repairer.PROMPT::equals);
        assertThat(person.transcript()).contains("this page is on a host the pack does not allow");
        assertThat(kept).isEmpty();
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
    }

    @Test
    void a_wait_for_any_of_several_targets_repairs_the_one_a_later_step_acts_on_not_a_question_that_may_not_show() {
        Pack gated = InMemoryRun.pack(
                "inputs:",
                "  email: {type: email, personal: true, label: Your email}",
                "targets:",
                "  gate: [{role: radiogroup, name: About AI}]",
                "  email: [{label: Email address}]",
                "steps:",
                "  - open: " + FORM,
                "  - wait-for: [gate, email]",
                "  - fill: email",
                "    value: ${email}");
        FakeElement email = FakeElement.textbox("Your email").field("email");
        engine.page.route(FORM, page -> page.show(FakeElement.of("label").text("Your email"), email));
        ScriptedPerson person = new ScriptedPerson().answering("Your email", "y");

        RunResult unattended = engine.run(gated, RunSettings.defaults(Mode.LIVE).withAssumeYes(true)
                .withStepTimeout(InMemoryRun.STEP_TIMEOUT), new ScriptedPerson(), Map.of("email", CANARY),
                Optional.of(fix -> ""));
        assertThat(unattended.record().message()).hasValueSatisfying(m -> assertThat(m)
                .endsWith("optout fix test-pack email --text \"…\""));

        engine = new InMemoryRun(reports.resolve("attended"));
        engine.page.route(FORM, page -> page.show(FakeElement.of("label").text("Your email"), email));
        RunResult result = engine.run(gated, RunSettings.defaults(Mode.LIVE)
                .withStepTimeout(InMemoryRun.STEP_TIMEOUT), person, Map.of("email", CANARY), Optional.of(fix -> {
                    kept.add(fix);
                    return "";
                }));

        assertThat(person.transcript()).contains("cannot find any of 'email' [label=\"Email address\"]; 'gate'");
        assertThat(kept).extracting(Fix::target).containsExactly("email");
        assertThat(kept.get(0).locator().describe("en")).isEqualTo("role=textbox name=\"Your email\"");
        assertThat(result.record().outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void an_unattended_run_never_asks_and_fails_with_the_fix_command() {
        engine.page.route(FORM, page -> page.show(FakeElement.textbox("Your email"), sendButton("Send")));
        ScriptedPerson person = new ScriptedPerson();

        RunResult result = engine.run(SENDING, RunSettings.defaults(Mode.LIVE).withAssumeYes(true)
                .withStepTimeout(InMemoryRun.STEP_TIMEOUT), person, Map.of("email", CANARY), Optional.of(fix -> {
                    kept.add(fix);
                    return "";
                }));

        assertThat(person.heard()).isEmpty();
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message)
                .endsWith("optout fix test-pack email --text \"…\""));
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void the_outline_of_a_page_with_a_missing_target_holds_names_and_never_values_nor_the_header() throws Exception {
        engine.page.route(FORM, page -> page.show(
                FakeElement.of("a").text("Jane Canary").inBanner(),
                FakeElement.heading("Object to your information being used"),
                FakeElement.textbox("Your email").value(CANARY).nameAttribute("email").testId("email-field"),
                FakeElement.textarea("Tell us").value("CANARY-7f3 typed reason"),
                FakeElement.of("p").text("We will answer " + CANARY),
                sendButton("Submit request")));

        engine.run(SENDING, RunSettings.defaults(Mode.LIVE).withAssumeYes(true)
                .withStepTimeout(InMemoryRun.STEP_TIMEOUT), new ScriptedPerson(), Map.of("email", CANARY));

        String outline = Files.readString(reports.resolve("outline.json"));
        assertThat(outline).contains("\"name\" : \"Your email\"").contains("\"nameAttribute\" : \"email\"")
                .contains("\"testId\" : \"email-field\"").contains("Object to your information being used")
                .contains("Submit request").contains("\"tag\" : \"a\"")
                .doesNotContain("canary").doesNotContain("CANARY").doesNotContain("Jane")
                .doesNotContain("We will answer");
    }
}
