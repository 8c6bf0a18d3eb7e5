package dev.optout.cli;

import dev.optout.pack.Locator;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.pack.Structure;
import dev.optout.report.RunRecord;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dry run says of each target of a pack, for {@code optout check}: found by its first locator, by a fallback
 * (which one), missing, or not reached (a guard skipped its step, or it comes after the send). A target found by a
 * {@code structure:} locator is said to be found by the form's structure: its texts did not match this page.
 *
 * @param fallback   0 for the first locator, N for the Nth fallback; empty unless found
 * @param structure  what a structural locator found, when that is what found it
 */
record TargetCheck(String target, Status status, Optional<Integer> fallback, Optional<String> locator,
                   boolean required, Optional<Structure> structure) {

    TargetCheck(String target, Status status, Optional<Integer> fallback, Optional<String> locator,
                boolean required) {
        this(target, status, fallback, locator, required, Optional.empty());
    }

    enum Status { FOUND, MISSING, NOT_REACHED }

    /** One row per target, in the order the pack's steps first use them; the first step that found it decides. */
    static List<TargetCheck> of(Pack pack, RunRecord run) {
        Map<Integer, Step> steps = new LinkedHashMap<>();
        pack.steps().forEach(step -> steps.put(step.number(), step));
        Map<String, TargetCheck> rows = new LinkedHashMap<>();
        for (StepRecord record : run.steps()) {
            Step step = steps.get(record.n());
            if (step == null || record.target().isEmpty()) {
                continue;
            }
            TargetCheck row = row(pack, run.language(), step, record);
            rows.merge(row.target(), row, TargetCheck::better);
        }
        return new ArrayList<>(rows.values());
    }

    private static TargetCheck row(Pack pack, String language, Step step, StepRecord record) {
        String target = record.target().get();
        // A step whose guard held, or that has none, needs its target; an optional one may go without.
        boolean required = !step.common().optional();
        if (record.status() == StepStatus.FAILED) {
            // A wait for any of several names only one of them; those a later step uses get rows of their own, and
            // the failed step fails the check anyway. Suggesting a repair of this one (a question that may not
            // show) would only be noise.
            boolean oneOfSeveral = step.targets().size() > 1;
            return new TargetCheck(target, Status.MISSING, Optional.empty(), Optional.empty(),
                    required && !oneOfSeveral);
        }
        if (record.matched().isEmpty()) {
            return new TargetCheck(target, Status.NOT_REACHED, Optional.empty(), Optional.empty(), false);
        }
        List<Locator> locators = pack.target(target).locators();
        int index = 0;
        while (index < locators.size() && !locators.get(index).describe(language).equals(record.matched().get())) {
            index++;
        }
        int found = Math.min(index, locators.size() - 1);
        return new TargetCheck(target, Status.FOUND, Optional.of(found), record.matched(), required,
                locators.get(found).structure());
    }

    /** Found beats missing beats not reached: the target works if any step found it. */
    private static TargetCheck better(TargetCheck a, TargetCheck b) {
        return a.status.ordinal() <= b.status.ordinal() ? a : b;
    }

    /** Whether this row makes the check fail: a target a step needed and did not find. */
    boolean missingRequired() {
        return status == Status.MISSING && required;
    }

    String inWords() {
        return switch (status) {
            case FOUND -> structure.isPresent() ? "found by the form's structure (fallback " + fallback.orElse(0)
                    + "), " + locator.orElse("") + ": " + structure.get().inWords() + "; its texts did not match this "
                    + "page" : fallback.orElse(0) == 0 ? "found by its first locator, " + locator.orElse("")
                    : "found by fallback " + fallback.get() + ", " + locator.orElse("");
            case MISSING -> required ? "MISSING" : "MISSING (not needed by itself: an optional step, or one of "
                    + "several targets a wait accepts)";
            case NOT_REACHED -> "not reached in a dry run (a guard skipped its step, or it comes after the send)";
        };
    }

    String jsonStatus() {
        return switch (status) {
            case FOUND -> fallback.orElse(0) == 0 ? "first" : "fallback";
            case MISSING -> "missing";
            case NOT_REACHED -> "not-reached";
        };
    }
}
