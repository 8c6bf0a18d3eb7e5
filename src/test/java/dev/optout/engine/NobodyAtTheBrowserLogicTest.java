package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7.6: in a browser without a window nobody can log in or answer a JavaScript dialog, so a run that meets either
 * ends at once with what to do, instead of waiting fifteen minutes for nobody.
 */
class NobodyAtTheBrowserLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String ADVICE = "this needs you in the browser: run with a window, or log in once with "
            + "'optout browser start'";

    private static final Pack LOGIN = InMemoryRun.pack(
            "targets:",
            "  login-wall: [{testid: royal_login_form}]",
            "  title: [{role: heading, name: Welcome}]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for-person: Log in in the browser.",
            "    until: [title]",
            "    when: login-wall present");

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void fresh() {
        engine = new InMemoryRun(reports);
    }

    private RunResult headless(Pack pack, Mode mode) {
        return engine.run(pack, RunSettings.defaults(mode).withStepTimeout(InMemoryRun.STEP_TIMEOUT)
                .withPersonAtTheBrowser(false), new ScriptedPerson(), Map.of());
    }

    @Test
    void a_login_wall_in_a_headless_run_ends_it_at_once_saying_what_to_do() {
        engine.page.route(FORM, page -> page.show(FakeElement.of("form").testId("royal_login_form")));

        RunResult result = headless(LOGIN, Mode.LIVE);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .startsWith("step 2 'wait for you' failed: the browser has no window, and "
                        + "the page waits for you there (\"Log in in the browser.\"): " + ADVICE));
        assertThat(InMemoryRun.step(result, 2).ms()).as("no waiting").isLessThan(1_000);
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_dry_run_that_meets_the_login_wall_headless_ends_there_too() {
        engine.page.route(FORM, page -> page.show(FakeElement.of("form").testId("royal_login_form")));

        RunResult result = headless(LOGIN, Mode.DRY_RUN);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).contains(ADVICE));
    }

    @Test
    void a_headless_run_already_past_the_login_wall_goes_on() {
        engine.page.route(FORM, page -> page.show(FakeElement.heading("Welcome")));

        RunResult result = headless(LOGIN, Mode.LIVE);

        assertThat(result.record().outcome()).isEqualTo(Outcome.DONE);
    }

    @Test
    void a_javascript_dialog_in_a_headless_run_ends_it_at_once_and_is_never_answered() {
        FakeElement next = FakeElement.button("Next");
        next.onClick(() -> engine.page.openDialog("Leave this page?", () -> engine.page.submit("left")));
        engine.page.route(FORM, page -> page.show(next));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  next: [{role: button, name: Next}]",
                "  done: [{role: heading, name: Done}]",
                "steps:",
                "  - open: " + FORM,
                "  - click: next",
                "  - wait-for: [done]");

        RunResult result = headless(pack, Mode.LIVE);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).startsWith("step 3 'wait-for "
                + "done' failed: the page opened a dialog (\"Leave this page?\") that only a person can answer: "
                + ADVICE));
        assertThat(InMemoryRun.step(result, 3).ms()).isLessThan(1_000);
        assertThat(engine.page.submissions()).isEmpty();
    }
}
