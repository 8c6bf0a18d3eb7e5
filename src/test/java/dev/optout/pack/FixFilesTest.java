package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's fix files: judged like packs, applied first when packs load, kept across bundled upgrades. */
class FixFilesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-02");

    @TempDir
    Path packs;

    private FixFolder fixes;
    private Pack bundled;

    @BeforeEach
    void folders() {
        fixes = new FixFolder(packs);
        bundled = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();
    }

    private PackRepository repository() {
        return new PackRepository(new PackLoader(), Optional.of(packs));
    }

    private Path fixFile(String yaml) throws Exception {
        Files.createDirectories(packs.resolve("fixes"));
        return Files.writeString(packs.resolve("fixes/facebook-objection.yaml"), yaml);
    }

    @Test
    void a_text_becomes_the_kind_the_target_already_uses_button_name_field_label_message_text() {
        assertThat(TextFix.of(bundled, "send", "Submit request", "en", DAY).locator().describe("en"))
                .isEqualTo("role=button name=\"Submit request\"");
        assertThat(TextFix.of(bundled, "country", "Your country of residence", "en", DAY).locator().describe("en"))
                .isEqualTo("label=\"Your country of residence\"");
        assertThat(TextFix.of(bundled, "success", "Thanks, we got it", "en", DAY).locator().describe("en"))
                .isEqualTo("text=\"Thanks, we got it\"");
        assertThatThrownBy(() -> TextFix.of(bundled, "send", "  ", "en", DAY))
                .hasMessageContaining("--text is empty");
    }

    @Test
    void a_kept_fix_comes_first_in_its_target_and_the_pack_s_own_locators_follow_in_their_order() {
        fixes.keep(TextFix.of(bundled, "send", "Submit request", "en", DAY));

        Pack fixed = repository().byId("facebook-objection").orElseThrow();

        assertThat(fixed.target("send").locators()).extracting(l -> l.describe("en")).containsExactly(
                "role=button name=\"Submit request\"", "role=button name=\"Send\"", "text=\"Send\"",
                "structure=last-button");
        assertThat(fixed.target("country").locators()).isEqualTo(bundled.target("country").locators());
        assertThat(repository().fixesInUse()).singleElement().satisfies(f -> {
            assertThat(f.applied()).extracting(Fix::target).containsExactly("send");
            assertThat(f.file()).isEqualTo(packs.resolve("fixes/facebook-objection.yaml"));
        });
    }

    @Test
    void a_newer_fix_of_the_same_target_and_kind_replaces_the_older_and_remove_drops_them() {
        fixes.keep(TextFix.of(bundled, "send", "Submit", "en", DAY));
        fixes.keep(TextFix.of(bundled, "send", "Submit request", "en", DAY));
        fixes.keep(TextFix.of(bundled, "send", "Anfrage abschicken", "de", DAY));

        assertThat(fixes.of(bundled)).extracting(f -> f.locator().describe(f.language()))
                .containsExactly("role=button name=\"Anfrage abschicken\"", "role=button name=\"Submit request\"");
        assertThat(fixes.remove("facebook-objection", "send")).isTrue();
        assertThat(fixes.remove("facebook-objection", "send")).isFalse();
        assertThat(packs.resolve("fixes/facebook-objection.yaml")).doesNotExist();
    }

    @Test
    void a_fix_for_a_target_the_pack_no_longer_has_is_reported_naming_the_file_and_not_applied() throws Exception {
        Path file = fixFile("""
                format: 1
                pack: facebook-objection
                fixes:
                  - target: old-send-button
                    role: button
                    name: Submit request
                    lang: en
                    date: 2026-01-05
                """);

        Pack fixed = repository().byId("facebook-objection").orElseThrow();

        assertThat(fixed.targets()).isEqualTo(bundled.targets());
        assertThat(repository().fixesInUse()).singleElement().satisfies(f -> {
            assertThat(f.applied()).isEmpty();
            assertThat(f.warnings()).singleElement().asString().startsWith(file + ": the fix for 'old-send-button' is "
                    + "not applied: pack facebook-objection has no target 'old-send-button' any more");
        });
    }

    @Test
    void a_fix_file_with_an_unknown_key_or_a_foreign_origin_is_refused_like_a_pack_with_its_line() throws Exception {
        Path file = fixFile("""
                format: 1
                pack: facebook-objection
                fixes:
                  - target: send
                    css: .x1y2z3
                    lang: en
                    date: 2026-01-05
                """);
        assertThatThrownBy(() -> repository().byId("facebook-objection")).isInstanceOf(InvalidPackException.class)
                .satisfies(e -> assertThat(((InvalidPackException) e).errors()).anySatisfy(error -> {
                    assertThat(error.file()).isEqualTo(file.toString());
                    assertThat(error.line()).isEqualTo(5);
                }));

        fixFile("""
                format: 1
                pack: facebook-objection
                fixes:
                  - target: send
                    text: Submit request
                    lang: en
                    origin: https://www.facebook.com.evil.test
                    date: 2026-01-05
                """);
        assertThatThrownBy(() -> repository().byId("facebook-objection")).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("is not one of the pack's (https://www.facebook.com)");
    }

    @Test
    void a_role_without_a_name_is_refused_since_it_would_match_any_element_of_the_role() throws Exception {
        fixFile("""
                format: 1
                pack: facebook-objection
                fixes:
                  - target: send
                    role: button
                    lang: en
                    date: 2026-01-05
                """);

        assertThatThrownBy(() -> repository().byId("facebook-objection")).isInstanceOf(InvalidPackException.class);
    }

    @Test
    void fixes_survive_an_upgrade_of_the_bundled_pack_and_export_as_a_patch_by_language() {
        fixes.keep(new Fix("facebook-objection", "email", Locator.of(LocatorKind.LABEL, "Deine E-Mail"), "de",
                Optional.of(Origin.parse("https://www.facebook.com")), DAY));
        // What an upgrade changes is the bundled pack in the jar; the fix lives in the person's folder and is read
        // against whatever pack has the id.
        assertThat(repository().byId("facebook-objection").orElseThrow().target("email").locators().get(0)
                .describe("de")).isEqualTo("label=\"Deine E-Mail\"");

        assertThat(fixes.export()).contains("facebook-objection:", "prepend-to-targets:", "email:", "label:",
                "de: Deine E-Mail");
        assertThat(FixFile.write("facebook-objection", List.of(fixes.of(bundled).get(0))))
                .contains("origin: https://www.facebook.com").contains("date: 2026-12-02");
    }
}
