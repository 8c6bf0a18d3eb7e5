package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Packs run in a real Chromium against the replica's pages of the W3C APG widget patterns (PatternPages): each
 * choice ends in the wanted state, read back from the page itself, and no element got more clicks than its state
 * needed (the pages count them). The packs are in src/test/resources/patterns/.
 */
class AriaPatternsRunTest extends PackRunTest {

    private RunResult live(String pattern) {
        Pack pack = new PackLoader().load(Path.of("src/test/resources/patterns/" + pattern + ".yaml"));
        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson(), Map.of());
        assertThat(result.record().steps()).as(result.record().message().orElse(""))
                .extracting(StepRecord::status).containsOnly(StepStatus.DONE);
        return result;
    }

    /** What the page says at the end: {clicks: {element: count}, state: {part: value}}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> page() {
        return (Map<String, Map<String, Object>>) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.__pattern.report();");
    }

    private static Map<String, Object> clicks() {
        return page().get("clicks");
    }

    private static Map<String, Object> state() {
        return page().get("state");
    }

    private static String note(RunResult result, int step) {
        return InMemoryRun.step(result, step).note().orElse("");
    }

    @Test
    void checkboxes_two_state_and_tri_state_reach_their_states_with_one_click_each_or_none() {
        RunResult result = live("checkbox");

        assertThat(state()).containsEntry("lettuce", "true").containsEntry("tomato", "false")
                .containsEntry("mustard", "true").containsEntry("toppings", List.of(false, false, true, false));
        // The tri-state box went mixed → checked → unchecked; ticking Pickles then made its group partly ticked.
        assertThat(state()).containsEntry("all-toppings", "mixed");
        assertThat(clicks()).containsExactlyInAnyOrderEntriesOf(Map.of("lettuce", 1L, "tomato", 1L,
                "all-toppings", 2L, "pickles", 1L));
        assertThat(note(result, 5)).isEqualTo("already ticked; left alone");
        assertThat(note(result, 6)).isEqualTo("unticked with a click (partly ticked → ticked), then a click (ticked "
                + "→ unticked)");
    }

    @Test
    void switches_are_found_by_their_names_without_aria_hidden_text_and_their_decoys_are_never_reached() {
        live("switch");

        assertThat(state()).containsEntry("notifications", "true").containsEntry("dark-mode", "false")
                .containsEntry("sounds", "true").containsEntry("nickname", "Sam")
                .containsEntry("clone-notifications", "false").containsEntry("parked-notifications", "false")
                .containsEntry("clone-nickname", "").containsEntry("parked-nickname", "");
        assertThat(clicks()).containsEntry("notifications", 1L).containsEntry("dark-mode", 1L)
                .containsEntry("sounds", 1L).doesNotContainKeys("clone-notifications", "parked-notifications",
                        "clone-nickname", "parked-nickname");
    }

    @Test
    void radio_groups_aria_and_native_are_chosen_in_with_one_click_each() {
        live("radio-group");

        assertThat(state()).containsEntry("crust", "thin-crust").containsEntry("size", "large")
                .containsEntry("delivery", "home-delivery");
        assertThat(clicks()).containsExactlyInAnyOrderEntriesOf(Map.of("thin-crust", 1L, "large", 1L,
                "home-delivery", 1L));
    }

    @Test
    void select_only_comboboxes_are_opened_once_their_option_clicked_once_and_their_text_read_back() {
        live("select-only-combobox");

        assertThat(state()).containsEntry("fruit", "Banana").containsEntry("fruit-open", false)
                .containsEntry("vegetable", "Leek").containsEntry("vegetable-open", false);
        assertThat(clicks()).containsExactlyInAnyOrderEntriesOf(Map.of("fruit", 1L, "fruit-banana", 1L,
                "vegetable", 1L, "vegetable-leek", 1L));
    }

    @Test
    void a_listbox_option_is_chosen_by_select_and_another_ticked_by_check_one_click_each() {
        live("listbox");

        assertThat(state()).containsEntry("elements", "Curium");
        assertThat(clicks()).containsExactlyInAnyOrderEntriesOf(Map.of("plutonium", 1L, "curium", 1L));
    }

    @Test
    void a_modal_dialog_opened_by_its_button_is_filled_and_closed_by_its_add_button() {
        live("modal-dialog");

        assertThat(state()).containsEntry("saved", "Delivery to 1 Main Street, Springfield")
                .containsEntry("dialog-open", false);
        assertThat(clicks()).containsEntry("open-dialog", 1L).containsEntry("add", 1L).doesNotContainKey("cancel");
    }
}
