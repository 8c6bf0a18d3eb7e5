package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code validate --strict}: every target needs a fallback. */
class StrictFallbackTest {

    private static List<String> findings(String targets) {
        String yaml = "format: 1\nid: tiny\ntitle: Tiny\norigins: [https://www.facebook.com]\ntargets:\n" + targets
                + "steps:\n  - open: https://www.facebook.com/form\n";
        return FallbackCheck.check("tiny.yaml", yaml).stream().map(PackError::toLine).toList();
    }

    @Test
    void every_bundled_pack_and_library_has_a_fallback_for_every_target() {
        assertThat(PackRepository.bundledOnly().targetsWithoutFallback()).isEmpty();
    }

    @Test
    void a_target_with_one_locator_is_reported_at_its_name() {
        assertThat(findings("  done:\n    - text: Done\n")).containsExactly("tiny.yaml:6:3: target 'done' has no "
                + "fallback: its only locator is text=\"Done\"; add one of another kind (role and name, label, text, "
                + "...) after it");
    }

    @Test
    void two_locators_of_one_kind_are_no_fallback_unless_one_is_a_stable_hook() {
        assertThat(findings("  send:\n    - css: button.send\n    - css: 'div[role=button]'\n")).containsExactly(
                "tiny.yaml:6:3: target 'send' has no fallback: its 2 locators are all of the kind css; add one of "
                        + "another kind, or a testid or data-* hook");
        assertThat(findings("  send:\n    - css: '[data-testid=send]'\n    - css: 'div[role=button]'\n")).isEmpty();
        assertThat(findings("  send:\n    - testid: send\n    - testid: send-button\n")).isEmpty();
    }

    @Test
    void two_locators_of_different_kinds_are_a_fallback() {
        assertThat(findings("  send:\n    - role: button\n      name: Send\n    - text: Send\n"
                + "  dialog:\n    - role: dialog\n      name: Delete?\n    - text: Delete?\n")).isEmpty();
        assertThat(findings("  a:\n    - role: button\n      name: A\n    - role: link\n      name: A\n")).hasSize(1);
    }

    @Test
    void a_library_is_checked_for_its_own_targets() {
        String library = "format: 1\nlibrary: mine\ndescription: Mine.\ntargets:\n  dialog:\n    - role: dialog\n"
                + "      name: \"\"\n";
        assertThat(FallbackCheck.check("lib.yaml", library)).extracting(PackError::toLine).containsExactly(
                "lib.yaml:5:3: target 'dialog' has no fallback: its only locator is role=dialog; add one of another "
                        + "kind (role and name, label, text, ...) after it");
    }
}
