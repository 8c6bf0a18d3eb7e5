package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.page.ElementFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a repair may choose for a check or uncheck: a choice of any kind a check step can tick, and nothing else. */
class NeededKindTest {

    private static final Pack PACK = InMemoryRun.pack(
            "targets:",
            "  terms: [{role: checkbox, name: I agree}]",
            "  newsletter: [{role: switch, name: Newsletter}]",
            "  title: [{role: heading, name: Form}]",
            "steps:",
            "  - open: https://www.facebook.com/form",
            "  - check: terms",
            "  - uncheck: newsletter",
            "  - wait-for: [title, newsletter]");

    private static ElementFacts element(String tag, String role) {
        return new ElementFacts(tag, role, "x", "", "", "", "", "", "x", false);
    }

    @Test
    void a_check_and_an_uncheck_need_a_checkbox_radio_switch_option_or_checkable_menu_item() {
        assertThat(NeededKind.of(PACK.steps().get(1))).isEqualTo(NeededKind.CHECKABLE);
        assertThat(NeededKind.of(PACK.steps().get(2))).isEqualTo(NeededKind.CHECKABLE);
        for (String role : List.of("checkbox", "radio", "switch", "option", "menuitemcheckbox", "menuitemradio")) {
            assertThat(NeededKind.CHECKABLE.accepts(element("div", role))).as(role).isTrue();
        }
        assertThat(NeededKind.CHECKABLE.accepts(element("div", "button"))).isFalse();
    }

    @Test
    void a_wait_for_a_target_an_uncheck_acts_on_asks_for_a_choice_first() {
        assertThat(new MissingTargets(PACK).wanted(PACK.steps().get(3), List.of("title", "newsletter")))
                .containsExactly(new MissingTargets.Wanted("newsletter", NeededKind.CHECKABLE),
                        new MissingTargets.Wanted("title", NeededKind.VISIBLE_TEXT));
    }
}
