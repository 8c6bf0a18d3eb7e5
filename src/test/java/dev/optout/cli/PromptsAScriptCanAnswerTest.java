package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.optout.engine.Mode;
import dev.optout.engine.OriginMap;
import dev.optout.engine.Person;
import dev.optout.engine.RunResult;
import dev.optout.engine.RunSettings;
import dev.optout.engine.Runner;
import dev.optout.pack.Fix;
import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.testing.FakeElement;
import dev.optout.testing.InMemoryPage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19.5: the console person in an engine run against an in-memory page, with a script at the other end that
 * answers each question only after it has seen it (expect-style), or with an input that ends at once. Every question
 * is printed and flushed before its answer is read; the end of input is learned from a read, and from then on
 * nothing waits for an answer.
 */
class PromptsAScriptCanAnswerTest {

    private static final Duration BOUND = Duration.ofSeconds(40);
    private static final String FORM = "https://www.facebook.com/form";
    private static final String CANARY = "canary+7f3@example.test";
    private static final String REPAIR_QUESTION = "Type the text you see on it (its label or button text), or click "
            + "it in the browser and press Enter; an empty line stops: ";
    private static final String FIX_COMMAND = "optout fix test-pack email --text \"…\"";

    /** The email field's label was reworded on the page; the code is asked for, then everything is sent. */
    private static final Pack CODE_AND_REWORDED_EMAIL = pack(
            "inputs:",
            "  email: {type: email, personal: true, label: Your email}",
            "  code: {type: code, personal: true, pattern: '[0-9]{6}', label: The code}",
            "targets:",
            "  email: [{label: Email address}]",
            "  code: [{label: Code}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: " + FORM,
            "  - ask: code",
            "    message: Type the code Meta emailed you",
            "  - fill: email",
            "    value: ${email}",
            "  - fill: code",
            "    value: ${code}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true");

    @TempDir
    Path home;

    private final InMemoryPage page = new InMemoryPage();
    private final List<Fix> kept = new ArrayList<>();

    private static Pack pack(String... yamlLines) {
        String yaml = String.join("\n", "format: 1", "id: test-pack", "title: A pack written by a test",
                "origins: [https://www.facebook.com]", String.join("\n", yamlLines), "");
        return new PackLoader().load("test-pack.yaml", yaml);
    }

    /** The form, its email field labelled {@code emailLabel}; returns that field. */
    private FakeElement showTheForm(String emailLabel) {
        FakeElement email = FakeElement.textbox(emailLabel).field("email");
        FakeElement send = FakeElement.button("Send");
        send.onClick(() -> page.submit("request"));
        page.route(FORM, shown -> shown.show(FakeElement.of("label").text(emailLabel), email,
                FakeElement.textbox("Code").field("code"), send));
        return email;
    }

    private Console console(AnswersAfterQuestions script) {
        return new Console(script.in(), new UserFolders(home.resolve("data"), home.resolve("config")),
                Clock.systemUTC(), Terminal.PIPED, file -> { });
    }

    /** An attended live run, as {@code optout run} walks it, printing to the script's end of the output. */
    private RunResult run(Pack pack, Person person, PrintWriter out, RunSettings settings) {
        Runner runner = new Runner(person, new ConsoleProgress(out, false, Colours.of(Terminal.PIPED)), page.clock(),
                Optional.of(fix -> {
                    kept.add(fix);
                    return "fixes/test-pack.yaml";
                }));
        return runner.run(pack, Map.of("email", CANARY), settings.withStepTimeout(Duration.ofSeconds(10)), page,
                OriginMap.none(), new ReportWriter(home.resolve("report-" + settings.assumeYes())));
    }

    private RunResult attended(Pack pack, AnswersAfterQuestions script) {
        PrintWriter out = script.out();
        return run(pack, new ConsolePerson(console(script), out), out, RunSettings.defaults(Mode.LIVE));
    }

    private static int count(String text, String part) {
        return (int) Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void a_script_that_answers_each_question_after_seeing_it_gives_the_code_repairs_the_field_and_confirms() {
        showTheForm("Your email");
        AnswersAfterQuestions script = new AnswersAfterQuestions()
                .when("Type the code Meta emailed you: ", "123456")
                .when(REPAIR_QUESTION, "Your email")
                .when("Is this 'email'?", "y")
                .when("Send it? [y/N] ", "y");

        RunResult result = assertTimeoutPreemptively(BOUND, () -> attended(CODE_AND_REWORDED_EMAIL, script));

        // The pack awaits no answer to its send: sent, and nothing confirmed it.
        assertThat(result.record().outcome()).as(script.printed()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(script.allAnswered()).isTrue();
        assertThat(page.submissions()).hasSize(1);
        assertThat(page.submissions().get(0)).containsEntry("email", CANARY).containsEntry("code", "123456");
        assertThat(kept).extracting(Fix::target).containsExactly("email");
        assertThat(script.printed()).contains("Step 3 'fill email' cannot find 'email'");
    }

    @Test
    void a_closed_input_shows_the_repair_question_once_and_the_step_fails_as_in_an_unattended_run() {
        showTheForm("Your email");
        AnswersAfterQuestions closed = new AnswersAfterQuestions().when("Type the code Meta emailed you: ", "123456");

        RunResult result = assertTimeoutPreemptively(BOUND, () -> attended(CODE_AND_REWORDED_EMAIL, closed));

        assertThat(count(closed.printed(), REPAIR_QUESTION)).as(closed.printed()).isEqualTo(1);
        assertThat(closed.printed()).doesNotContain("Is this");
        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("step 3 'fill email' failed: no element matched 'email'").endsWith(FIX_COMMAND));
        assertThat(page.submissions()).isEmpty();
        assertThat(kept).isEmpty();

        AnswersAfterQuestions unattended = new AnswersAfterQuestions().when("Type the code Meta emailed you: ",
                "123456");
        PrintWriter out = unattended.out();
        RunResult withYes = assertTimeoutPreemptively(BOUND, () -> run(CODE_AND_REWORDED_EMAIL,
                new ConsolePerson(console(unattended), out), out, RunSettings.defaults(Mode.LIVE).withAssumeYes(true)));
        assertThat(result.record().message()).isEqualTo(withYes.record().message());
    }

    @Test
    void an_input_that_ends_at_the_is_this_question_takes_it_as_no_and_asks_nothing_more() {
        showTheForm("Your email");
        AnswersAfterQuestions script = new AnswersAfterQuestions()
                .when("Type the code Meta emailed you: ", "123456")
                .when(REPAIR_QUESTION, "Your email");

        RunResult result = assertTimeoutPreemptively(BOUND, () -> attended(CODE_AND_REWORDED_EMAIL, script));

        assertThat(script.printed()).contains("Is this 'email'?").contains("(no answer: taken as no)");
        assertThat(count(script.printed(), REPAIR_QUESTION)).as(script.printed()).isEqualTo(1);
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message).endsWith(FIX_COMMAND));
        assertThat(kept).isEmpty();
        assertThat(page.submissions()).isEmpty();
    }

    @Test
    void a_click_in_the_browser_is_not_taken_once_the_input_ended_since_nobody_can_say_yes_to_it() {
        FakeElement email = showTheForm("Your email");
        AnswersAfterQuestions closed = new AnswersAfterQuestions().when("Type the code Meta emailed you: ", "123456");
        PrintWriter out = closed.out();
        ConsolePerson atTheConsole = new ConsolePerson(console(closed), out);
        Person clicksThenEndsTheInput = new Person() {
            @Override
            public boolean confirm(String question) {
                return atTheConsole.confirm(question);
            }

            @Override
            public Optional<String> ask(String prompt) {
                if (prompt.startsWith("Type the text you see on it")) {
                    page.personClicks(email);
                }
                return atTheConsole.ask(prompt);
            }

            @Override
            public boolean canAnswer() {
                return atTheConsole.canAnswer();
            }

            @Override
            public void tell(String message) {
                atTheConsole.tell(message);
            }
        };

        RunResult result = assertTimeoutPreemptively(BOUND, () -> run(CODE_AND_REWORDED_EMAIL,
                clicksThenEndsTheInput, out, RunSettings.defaults(Mode.LIVE)));

        assertThat(closed.printed()).doesNotContain("Is this");
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message).endsWith(FIX_COMMAND));
        assertThat(kept).isEmpty();
    }

    @Test
    void a_closed_input_answers_the_confirmation_no_and_nothing_is_sent() {
        showTheForm("Email address");
        AnswersAfterQuestions script = new AnswersAfterQuestions().when("Type the code Meta emailed you: ", "123456");

        RunResult result = assertTimeoutPreemptively(BOUND, () -> attended(CODE_AND_REWORDED_EMAIL, script));

        assertThat(script.printed()).contains("Send it? [y/N] ").contains("(no answer: taken as no)");
        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(page.submissions()).isEmpty();
    }

    @Test
    void a_closed_input_fails_the_ask_step_after_showing_its_question() {
        showTheForm("Email address");
        AnswersAfterQuestions closed = new AnswersAfterQuestions();

        RunResult result = assertTimeoutPreemptively(BOUND, () -> attended(CODE_AND_REWORDED_EMAIL, closed));

        assertThat(closed.printed()).contains("Type the code Meta emailed you: ");
        assertThat(result.record().message()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("step 2 'ask for code' failed: no answer for code (end of input)"));
        assertThat(page.submissions()).isEmpty();
    }
}
