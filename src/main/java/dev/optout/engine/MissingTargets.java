package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which missing target a repair is about, and what kind of element it must be. A step with one target needs the kind
 * its own type says. A wait for any of several ({@code wait-for: [ai-gate, country]}) is about the page being ready:
 * each target then needs the kind the step that acts on it needs (a select's target a select), and the targets some
 * step acts on come first, so that a field that was renamed is what gets repaired, not a question that may not show.
 * What may or may not show by its nature (an overlay the interrupts dismiss, a login wall or a question only a guard
 * asks about) comes last: its absence is no breakage.
 */
final class MissingTargets {

    /** One target a repair may be about, with the kind of element it must be. */
    record Wanted(String target, NeededKind kind) {
    }

    /** For each target, the kind of the first step that acts on it (fills, selects, clicks, ticks or unticks, presses in it). */
    private final Map<String, NeededKind> actedOn = new HashMap<>();
    /** Targets that show only at times: the interrupts' overlays, and what guards ask about. */
    private final Set<String> incidental = new HashSet<>();

    MissingTargets(Pack pack) {
        for (Step step : pack.steps()) {
            if (step instanceof Step.Fill || step instanceof Step.Select || step instanceof Step.Click
                    || step instanceof Step.Check || step instanceof Step.Uncheck || step instanceof Step.Press) {
                step.targets().forEach(target -> actedOn.putIfAbsent(target, NeededKind.of(step)));
            }
            step.common().when().ifPresent(guard -> incidental.add(guard.target()));
        }
        pack.interrupts().forEach(interrupt -> incidental.addAll(interrupt.targets()));
        incidental.removeAll(actedOn.keySet());
    }

    /** Every target some step acts on: the form's fields and buttons as the pack knows them. */
    Set<String> actedOn() {
        return Set.copyOf(actedOn.keySet());
    }

    /** The targets to offer, best first; never empty when {@code missing} is not. */
    List<Wanted> wanted(Step step, List<String> missing) {
        if (missing.size() == 1) {
            return List.of(new Wanted(missing.get(0), NeededKind.of(step)));
        }
        List<Wanted> first = new ArrayList<>();
        List<Wanted> then = new ArrayList<>();
        List<Wanted> last = new ArrayList<>();
        for (String target : missing) {
            NeededKind kind = actedOn.get(target);
            if (kind != null) {
                first.add(new Wanted(target, kind));
            } else if (incidental.contains(target)) {
                last.add(new Wanted(target, NeededKind.of(step)));
            } else {
                then.add(new Wanted(target, NeededKind.of(step)));
            }
        }
        first.addAll(then);
        first.addAll(last);
        return first;
    }
}
