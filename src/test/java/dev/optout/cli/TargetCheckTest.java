package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code optout check} says of each target, from a dry run's record: which locator found it, or nothing. */
class TargetCheckTest {

    private static final Pack PACK = new PackLoader().load("check.yaml", String.join("\n",
            "format: 1", "id: check-pack", "title: A pack", "origins: [https://www.facebook.com]",
            "targets:",
            "  title: [{role: heading, name: Welcome}, {text: Welcome}]",
            "  email: [{label: Email}, {role: textbox, name: Email}, {placeholder: you@example.com}]",
            "  survey: [{text: Take our survey}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: https://www.facebook.com/form",
            "  - wait-for: [title]",
            "  - click: survey",
            "    optional: true",
            "  - fill: email",
            "    value: x@example.test",
            "  - confirm: Send?",
            "  - click: send",
            "    submits: true", ""));

    private static StepRecord step(int n, String type, String target, StepStatus status, String matched) {
        return new StepRecord(n, type, Optional.of(target), status, Optional.ofNullable(matched), 5, Optional.empty(),
                Optional.empty());
    }

    private static List<TargetCheck> check(StepRecord... steps) {
        return TargetCheck.of(PACK, new RunRecord("check-pack", "dry-run", Outcome.DRY_RUN, Instant.EPOCH,
                Instant.EPOCH, "en", Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(steps)));
    }

    @Test
    void each_target_says_whether_its_first_locator_a_numbered_fallback_or_nothing_found_it() {
        List<TargetCheck> rows = check(
                step(2, "wait-for", "title", StepStatus.DONE, "role=heading name=\"Welcome\""),
                step(3, "click", "survey", StepStatus.SKIPPED, null),
                step(4, "fill", "email", StepStatus.WOULD_DO, "placeholder=\"you@example.com\""),
                step(6, "click", "send", StepStatus.FAILED, null));

        assertThat(rows).extracting(TargetCheck::target, TargetCheck::jsonStatus, TargetCheck::fallback)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "first", Optional.of(0)),
                        org.assertj.core.groups.Tuple.tuple("survey", "not-reached", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("email", "fallback", Optional.of(2)),
                        org.assertj.core.groups.Tuple.tuple("send", "missing", Optional.empty()));
        assertThat(rows.get(2).inWords()).isEqualTo("found by fallback 2, placeholder=\"you@example.com\"");
        assertThat(rows).filteredOn(TargetCheck::missingRequired).extracting(TargetCheck::target)
                .containsExactly("send");
    }

    @Test
    void a_target_found_by_the_form_s_structure_says_so_and_that_its_texts_did_not_match() {
        Pack structural = new PackLoader().load("structural.yaml", String.join("\n",
                "format: 1", "id: structural-pack", "title: A pack", "origins: [https://www.facebook.com]",
                "targets:",
                "  reason: [{label: {en: Why}}, {structure: only-textarea}]",
                "steps:",
                "  - open: https://www.facebook.com/form",
                "  - fill: reason",
                "    value: because", ""));

        List<TargetCheck> rows = TargetCheck.of(structural, new RunRecord("structural-pack", "dry-run",
                Outcome.DRY_RUN, Instant.EPOCH, Instant.EPOCH, "sv", Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(step(2, "fill", "reason", StepStatus.WOULD_DO, "structure=only-textarea"))));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.jsonStatus()).isEqualTo("fallback");
            assertThat(row.structure()).contains(dev.optout.pack.Structure.ONLY_TEXTAREA);
            assertThat(row.inWords()).isEqualTo("found by the form's structure (fallback 1), structure=only-textarea: "
                    + "the form's only multi-line text field; its texts did not match this page");
            assertThat(row.missingRequired()).isFalse();
        });
    }

    @Test
    void a_target_found_by_any_step_counts_as_found() {
        List<TargetCheck> rows = check(
                step(2, "wait-for", "title", StepStatus.FAILED, null),
                step(4, "fill", "title", StepStatus.WOULD_DO, "text=\"Welcome\""));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.jsonStatus()).isEqualTo("fallback");
            assertThat(row.missingRequired()).isFalse();
        });
    }

    @Test
    void a_failed_wait_for_any_of_several_suggests_no_repair_of_the_one_it_names_and_the_field_gets_its_own_row() {
        Pack gated = new PackLoader().load("gated.yaml", String.join("\n",
                "format: 1", "id: gated-pack", "title: A pack", "origins: [https://www.facebook.com]",
                "targets:",
                "  gate: [{text: About AI}]",
                "  email: [{label: Email}]",
                "steps:",
                "  - open: https://www.facebook.com/form",
                "  - wait-for: [gate, email]",
                "  - fill: email",
                "    value: x@example.test", ""));

        List<TargetCheck> rows = TargetCheck.of(gated, new RunRecord("gated-pack", "dry-run", Outcome.DRY_RUN,
                Instant.EPOCH, Instant.EPOCH, "en", Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                List.of(step(2, "wait-for", "gate", StepStatus.FAILED, null),
                        step(3, "fill", "email", StepStatus.FAILED, null))));

        assertThat(rows).filteredOn(TargetCheck::missingRequired).extracting(TargetCheck::target)
                .containsExactly("email");
        assertThat(rows.get(0).inWords()).startsWith("MISSING (not needed by itself");
    }
}
