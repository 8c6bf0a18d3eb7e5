package dev.optout.engine;

import dev.optout.pack.Guard;
import dev.optout.pack.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the look as a step begins asks for: the step's guard and targets, and those of the steps after it that may
 * well leave the page alone (a guarded step, often skipped; a wait-for or verify, which only looks), up to and
 * including the first that acts; for a confirm, also the fields filled before it, which it reads back. When those
 * steps come and nothing changed the page meanwhile, the same look answers them ({@link TargetFinder#look}): a
 * flow's run of guards costs one round trip, not one each.
 */
final class LookAhead {

    private LookAhead() {
    }

    /** @param overlays the targets the pack's interrupts watch for, looked for before every step */
    static List<String> targets(List<Step> steps, int index, List<String> overlays) {
        Set<String> targets = new LinkedHashSet<>(overlays);
        if (steps.get(index) instanceof Step.Confirm) {
            // A confirm first reads back every field filled before it: those fields, in the same look.
            steps.subList(0, index).stream().filter(s -> s instanceof Step.Fill || s instanceof Step.Select)
                    .forEach(s -> targets.addAll(s.targets()));
        }
        for (int i = index; i < steps.size(); i++) {
            Step step = steps.get(i);
            step.common().when().map(Guard::target).ifPresent(targets::add);
            targets.addAll(step.targets());
            boolean leavesThePageAlone = step instanceof Step.WaitFor || step instanceof Step.Verify;
            if (step.common().when().isEmpty() && !leavesThePageAlone) {
                break;
            }
        }
        return List.copyOf(targets);
    }
}
