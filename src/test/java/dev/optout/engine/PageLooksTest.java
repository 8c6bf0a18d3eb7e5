package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How often a run looks at the page: once per step at most, and one look serves the steps after an action that leave
 * the page alone, but never once the page may have changed (an action, a pause of the wait loop, time passing).
 */
class PageLooksTest {

    private static final String FORM = "https://www.facebook.com/form";

    /** An action, then two guarded steps that are skipped, a wait and a verify: the page is left alone after the click. */
    private static final Pack CLICK_THEN_GUARDS = InMemoryRun.pack(
            "targets:",
            "  banner: [{testid: banner}]",
            "  close: [{role: button, name: Close}]",
            "  survey: [{text: Take our survey}]",
            "  title: [{role: heading, name: Welcome}]",
            "steps:",
            "  - open: " + FORM,
            "  - click: close",
            "  - click: survey",
            "    when: banner present",
            "  - click: survey",
            "    when: banner present",
            "  - wait-for: [title]",
            "  - verify: [title]");

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
    }

    private RunResult live(Pack pack) {
        return engine.run(pack, Mode.LIVE, new ScriptedPerson(), Map.of());
    }

    @Test
    void the_steps_after_an_action_that_leave_the_page_alone_share_one_look() {
        engine.page.route(FORM, page -> page.show(FakeElement.button("Close"), FakeElement.heading("Welcome")));

        RunResult result = live(CLICK_THEN_GUARDS);

        assertThat(result.record().steps()).extracting(s -> s.status()).containsExactly(StepStatus.DONE,
                StepStatus.DONE, StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.DONE, StepStatus.DONE);
        assertThat(engine.page.looks()).as("one as the open began, one for the click (its target found in it), one "
                + "after the click for the four steps left").isEqualTo(3);
    }

    @Test
    void a_look_older_than_a_moment_is_not_used_again() {
        engine.page.eachCommandTakes(Duration.ofMillis(150));
        engine.page.route(FORM, page -> page.show(FakeElement.button("Close"), FakeElement.heading("Welcome")));

        RunResult result = live(CLICK_THEN_GUARDS);

        assertThat(result.record().steps()).extracting(s -> s.status()).containsExactly(StepStatus.DONE,
                StepStatus.DONE, StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.DONE, StepStatus.DONE);
        assertThat(engine.page.looks()).as("each step, and each wait, looks for itself").isGreaterThanOrEqualTo(6);
    }

    @Test
    void after_a_pause_of_the_wait_loop_the_page_is_looked_at_again() {
        FakeElement close = FakeElement.button("Close");
        close.onClick(() -> engine.page.after(Duration.ofSeconds(1),
                () -> engine.page.show(FakeElement.heading("Welcome"))));
        engine.page.route(FORM, page -> page.show(close));
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  close: [{role: button, name: Close}]",
                "  title: [{role: heading, name: Welcome}]",
                "steps:",
                "  - open: " + FORM,
                "  - click: close",
                "  - wait-for: [title]");

        RunResult result = live(pack);

        assertThat(InMemoryRun.step(result, 3).status()).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.looks()).as("a look every 20 ms of the second it took, and no more")
                .isBetween(50, 60);
    }

    @Test
    void a_step_start_look_asks_for_the_targets_up_to_and_including_the_next_step_that_acts() {
        List<String> afterTheClick = LookAhead.targets(CLICK_THEN_GUARDS.steps(), 2, List.of());
        List<String> atTheClick = LookAhead.targets(CLICK_THEN_GUARDS.steps(), 1, List.of());

        assertThat(afterTheClick).containsExactly("banner", "survey", "title");
        assertThat(atTheClick).as("the click acts: nothing after it is looked for").containsExactly("close");
        assertThat(LookAhead.targets(CLICK_THEN_GUARDS.steps(), 1, List.of("cookie-dialog")))
                .as("the overlays the interrupts handle, before every step").containsExactly("cookie-dialog", "close");
    }

    @Test
    void a_confirm_s_look_asks_for_the_fields_filled_before_it_which_it_reads_back() {
        Pack pack = InMemoryRun.emailForm(FORM, "{label: Email}");

        assertThat(LookAhead.targets(pack.steps(), 2, List.of())).containsExactly("email");
    }
}
