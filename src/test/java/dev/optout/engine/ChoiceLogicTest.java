package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.page.CheckState;
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
 * Check, uncheck and select on choices as React builds them (a div with a role and aria-checked, a click handler that
 * flips it) and on select-only comboboxes: the state is read from ARIA as well as from native properties, a state
 * already right is left alone, and an action is done once and read back, never repeated on every look.
 */
class ChoiceLogicTest {

    private static final String FORM = "https://www.facebook.com/form";

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_fresh_page() {
        engine = new InMemoryRun(reports);
    }

    /** A pack that opens the form and does one step on the target {@code box}, found by {@code locator}. */
    private static Pack oneStep(String stepType, String locator) {
        return InMemoryRun.pack(
                "targets:",
                "  box: [" + locator + "]",
                "steps:",
                "  - open: " + FORM,
                "  - " + stepType + ": box");
    }

    private RunResult run(Pack pack, Mode mode, FakeElement... shown) {
        engine.page.route(FORM, page -> page.show(shown));
        return engine.run(pack, mode, new ScriptedPerson(), Map.of());
    }

    private static String messageOf(RunResult result) {
        return result.record().message().orElse("");
    }

    @Test
    void an_aria_checkbox_already_ticked_is_left_alone_without_a_click() {
        FakeElement box = FakeElement.ariaChoice("checkbox", "I agree", CheckState.CHECKED).flipsOnClick();

        RunResult result = run(oneStep("check", "{role: checkbox, name: I agree}"), Mode.LIVE, box);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(box.ariaState()).isEqualTo(CheckState.CHECKED);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("already ticked; left alone");
    }

    @Test
    void an_unticked_aria_checkbox_gets_exactly_one_click_and_is_read_back_ticked() {
        FakeElement box = FakeElement.ariaChoice("checkbox", "I agree", CheckState.UNCHECKED).flipsOnClick();

        RunResult result = run(oneStep("check", "{role: checkbox, name: I agree}"), Mode.LIVE, box);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).containsExactly("<div> I agree");
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(box.ariaState()).isEqualTo(CheckState.CHECKED);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("ticked with a click (unticked → ticked)");
    }

    @Test
    void a_switch_whose_state_shows_only_later_is_still_clicked_once() {
        FakeElement toggle = FakeElement.ariaChoice("switch", "Notifications", CheckState.UNCHECKED);
        // Like a page that waits for its server before it shows the new state: 300 ms after the click.
        toggle.onClick(() -> engine.page.after(Duration.ofMillis(300), () -> toggle.ariaState(CheckState.CHECKED)));

        RunResult result = run(oneStep("check", "{role: switch, name: Notifications}"), Mode.LIVE, toggle);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).containsExactly("<div> Notifications");
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(toggle.ariaState()).isEqualTo(CheckState.CHECKED);
    }

    @Test
    void a_native_checkbox_is_ticked_with_one_click() {
        FakeElement box = FakeElement.checkbox("I agree");

        RunResult result = run(oneStep("check", "{label: I agree}"), Mode.LIVE, box);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).containsExactly("<input> I agree");
        assertThat(box.isChecked()).isTrue();
    }

    @Test
    void a_switch_that_ignores_clicks_is_ticked_with_space_after_one_click() {
        FakeElement toggle = FakeElement.ariaChoice("switch", "Notifications", CheckState.UNCHECKED).flipsOnSpaceOnly();

        RunResult result = run(oneStep("check", "{role: switch, name: Notifications}"), Mode.LIVE, toggle);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).containsExactly("<div> Notifications");
        assertThat(engine.page.keystrokes()).containsExactly("<div> Notifications ← Space");
        assertThat(toggle.ariaState()).isEqualTo(CheckState.CHECKED);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("ticked with a click (no change, still unticked), "
                + "then Space (unticked → ticked)");
    }

    @Test
    void a_switch_that_ignores_everything_gets_one_click_space_and_enter_then_a_failure_naming_them() {
        FakeElement toggle = FakeElement.ariaChoice("switch", "Notifications", CheckState.UNCHECKED);

        RunResult result = run(oneStep("check", "{role: switch, name: Notifications}"), Mode.LIVE, toggle);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(engine.page.clicks()).containsExactly("<div> Notifications");
        assertThat(engine.page.keystrokes()).containsExactly("<div> Notifications ← Space",
                "<div> Notifications ← Enter");
        assertThat(messageOf(result)).contains("'Notifications' could not be ticked: tried a click (no change, still "
                + "unticked), Space (no change, still unticked), Enter (no change, still unticked); it shows "
                + "unticked and optout stopped there");
    }

    @Test
    void a_tri_state_checkbox_that_is_partly_ticked_is_ticked_with_one_click() {
        FakeElement all = FakeElement.ariaChoice("checkbox", "All condiments", CheckState.MIXED).cyclesOnClick();

        RunResult result = run(oneStep("check", "{role: checkbox, name: All condiments}"), Mode.LIVE, all);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).hasSize(1);
        assertThat(all.ariaState()).isEqualTo(CheckState.CHECKED);
    }

    @Test
    void a_tri_state_checkbox_is_clicked_on_while_each_click_moves_it_towards_the_wanted_state() {
        FakeElement all = FakeElement.ariaChoice("checkbox", "All condiments", CheckState.MIXED).cyclesOnClick();

        RunResult result = run(oneStep("uncheck", "{role: checkbox, name: All condiments}"), Mode.LIVE, all);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).hasSize(2);
        assertThat(all.ariaState()).isEqualTo(CheckState.UNCHECKED);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("unticked with a click (partly ticked → ticked), "
                + "then a click (ticked → unticked)");
    }

    @Test
    void a_checkbox_that_never_reaches_the_wanted_state_gets_at_most_one_cycle_of_clicks() {
        FakeElement stuck = FakeElement.ariaChoice("checkbox", "All condiments", CheckState.MIXED);
        // Broken the other way round: it only ever goes between partly ticked and ticked.
        stuck.onClick(() -> stuck.ariaState(stuck.ariaState() == CheckState.MIXED ? CheckState.CHECKED
                : CheckState.MIXED));

        RunResult result = run(oneStep("uncheck", "{role: checkbox, name: All condiments}"), Mode.LIVE, stuck);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(engine.page.clicks()).hasSize(3);
        assertThat(engine.page.keystrokes()).as("the clicks changed it, so no key follows").isEmpty();
        assertThat(messageOf(result)).contains("'All condiments' could not be unticked: tried a click");
    }

    @Test
    void uncheck_unticks_a_ticked_switch_once_and_leaves_an_unticked_one_alone() {
        FakeElement on = FakeElement.ariaChoice("switch", "Notifications", CheckState.CHECKED).flipsOnClick();
        RunResult unticked = run(oneStep("uncheck", "{role: switch, name: Notifications}"), Mode.LIVE, on);
        assertThat(InMemoryRun.step(unticked, 2).status()).as(messageOf(unticked)).isEqualTo(StepStatus.DONE);
        assertThat(on.ariaState()).isEqualTo(CheckState.UNCHECKED);
        assertThat(engine.page.clicks()).hasSize(1);

        engine = new InMemoryRun(reports);
        FakeElement off = FakeElement.ariaChoice("switch", "Notifications", CheckState.UNCHECKED).flipsOnClick();
        RunResult leftAlone = run(oneStep("uncheck", "{role: switch, name: Notifications}"), Mode.LIVE, off);
        assertThat(InMemoryRun.step(leftAlone, 2).status()).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(InMemoryRun.step(leftAlone, 2).note()).hasValue("already unticked; left alone");
    }

    @Test
    void a_ticked_radio_is_not_unticked_by_a_click_and_the_step_says_why() {
        FakeElement yes = FakeElement.ariaChoice("radio", "Yes", CheckState.CHECKED).flipsOnClick();

        RunResult result = run(oneStep("uncheck", "{role: radio, name: 'Yes'}"), Mode.LIVE, yes);

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(messageOf(result)).contains("'Yes' is a radio button, which only ticking another option of its "
                + "group unticks");
    }

    @Test
    void an_element_without_a_ticked_state_is_not_clicked_and_the_failure_says_so() {
        RunResult result = run(oneStep("check", "{role: button, name: Agree}"), Mode.LIVE, FakeElement.button("Agree"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(messageOf(result)).contains("'Agree' is a <button> (role button) that shows no ticked state");
    }

    @Test
    void a_dry_run_outlines_the_choice_says_it_would_tick_it_and_clicks_nothing() {
        FakeElement box = FakeElement.ariaChoice("checkbox", "I agree", CheckState.UNCHECKED).flipsOnClick();
        FakeElement toggle = FakeElement.ariaChoice("switch", "Notifications", CheckState.CHECKED).flipsOnClick();
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  box: [{role: checkbox, name: I agree}]",
                "  notifications: [{role: switch, name: Notifications}]",
                "steps:",
                "  - open: " + FORM,
                "  - check: box",
                "  - uncheck: notifications");

        RunResult result = run(pack, Mode.DRY_RUN, box, toggle);

        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.WOULD_DO);
        assertThat(InMemoryRun.step(result, 2).note()).hasValue("would tick 'I agree'");
        assertThat(InMemoryRun.step(result, 3).note()).hasValue("would untick 'Notifications'");
        assertThat(engine.page.highlights()).containsExactly("2 · check <div> I agree",
                "3 · uncheck <div> Notifications");
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.keystrokes()).isEmpty();
        assertThat(box.ariaState()).isEqualTo(CheckState.UNCHECKED);
        assertThat(toggle.ariaState()).isEqualTo(CheckState.CHECKED);
    }

    @Test
    void select_on_a_select_only_combobox_opens_it_once_clicks_the_option_once_and_reads_its_text_back() {
        FakeElement fruit = FakeElement.selectOnly("Favorite Fruit", "Choose a Fruit", "apple", "Apple", "banana",
                "Banana", "cherry", "Cherry").field("fruit");
        FakeElement send = FakeElement.button("Send");
        send.onClick(() -> engine.page.submit("fruit"));
        Pack pack = InMemoryRun.pack(
                "inputs:",
                "  fruit: {type: text, required: true}",
                "targets:",
                "  fruit: [{role: combobox, name: Favorite Fruit}]",
                "  send: [{role: button, name: Send}]",
                "steps:",
                "  - open: " + FORM,
                "  - select: fruit",
                "    value: ${fruit}",
                "  - confirm: Send it?",
                "  - click: send",
                "    submits: true");
        engine.page.route(FORM, page -> page.show(fruit, send));

        RunResult result = engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("fruit", "Banana"));

        assertThat(result.record().outcome()).as(messageOf(result)).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.clicks()).containsExactly("<div> Favorite Fruit", "<button> Send");
        assertThat(engine.page.choices()).containsExactly("<div> Favorite Fruit ← banana");
        assertThat(fruit.currentValue()).isEqualTo("Banana");
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("fruit", "Banana"));
        assertThat(result.record().sent()).extracting(f -> f.value()).containsExactly("Banana");
    }

    @Test
    void select_on_a_select_only_combobox_that_shows_the_value_already_leaves_it_alone() {
        FakeElement fruit = FakeElement.selectOnly("Favorite Fruit", "Banana", "apple", "Apple", "banana", "Banana");
        Pack pack = InMemoryRun.pack(
                "targets:",
                "  fruit: [{role: combobox, name: Favorite Fruit}]",
                "steps:",
                "  - open: " + FORM,
                "  - select: fruit",
                "    value: Banana");

        RunResult result = run(pack, Mode.LIVE, fruit);

        assertThat(InMemoryRun.step(result, 2).status()).as(messageOf(result)).isEqualTo(StepStatus.DONE);
        assertThat(engine.page.clicks()).isEmpty();
        assertThat(engine.page.choices()).isEmpty();
    }
}
