package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The locator kinds that know no words (structure) and those that name a field without a label. */
class StructureLocatorTest {

    private static String pack(String... locatorLines) {
        return String.join("\n", "format: 1", "id: tiny", "title: Tiny", "origins: [https://www.facebook.com]",
                "targets:", "  reason:", String.join("\n", locatorLines), "steps:",
                "  - open: https://www.facebook.com/form", "  - wait-for: [reason]", "");
    }

    @Test
    void a_structure_locator_reads_as_its_structure_and_speaks_every_language() {
        Pack loaded = new PackLoader().load("tiny.yaml", pack("    - label: {en: Why}", "    - structure: only-textarea"));

        Locator structural = loaded.target("reason").locators().get(1);
        assertThat(structural.kind()).isEqualTo(LocatorKind.STRUCTURE);
        assertThat(structural.structure()).contains(Structure.ONLY_TEXTAREA);
        assertThat(structural.describe("sv")).isEqualTo("structure=only-textarea");
        assertThat(structural.value().speaks("el")).isTrue();
        assertThat(structural.kind().comparesWords()).isFalse();
    }

    @Test
    void an_unknown_structure_is_refused_with_the_known_ones() {
        PackError error = BadPackTest.onlyError(pack("    - structure: only-textareas"));

        assertThat(error.message()).contains("only-textareas").contains("only-textarea").contains("email-field")
                .contains("country-chooser").contains("last-button");
        assertThat(error.line()).isEqualTo(7);
    }

    @Test
    void a_structure_written_per_language_is_refused() {
        PackError error = BadPackTest.onlyError(pack("    - structure: {en: only-textarea}"));

        assertThat(error.message()).isEqualTo("'structure' must be a text, not a map");
    }

    @Test
    void title_described_by_and_near_text_locators_are_texts_that_may_differ_by_language() {
        Pack loaded = new PackLoader().load("tiny.yaml", pack("    - title: {en: Why, de: Warum}",
                "    - described-by: Tell us why", "    - near-text: {en: Reason}", "    - placeholder: Why?"));

        assertThat(loaded.target("reason").locators()).extracting(l -> l.describe("de")).containsExactly(
                "title=\"Warum\"", "described-by=\"Tell us why\"", "near-text=\"Reason\"", "placeholder=\"Why?\"");
        assertThat(loaded.target("reason").locators()).allMatch(l -> l.kind().comparesWords());
    }

    @Test
    void a_repair_of_a_target_found_by_its_nearby_text_is_kept_as_a_nearby_text() {
        Pack loaded = new PackLoader().load("tiny.yaml", pack("    - near-text: {en: Reason}",
                "    - structure: only-textarea"));

        Locator fix = TextFix.locatorFor(loaded.target("reason"), LocalizedText.of("Anledning"));

        assertThat(fix.describe("sv")).isEqualTo("near-text=\"Anledning\"");
    }
}
