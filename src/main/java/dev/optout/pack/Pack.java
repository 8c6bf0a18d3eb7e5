package dev.optout.pack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One flow, as loaded and validated from a YAML selector pack. Immutable; everything a run needs to know about the
 * pages it visits comes from here, never from code.
 *
 * @param interrupts   overlays that may appear at any moment and how to dismiss them: the pack's own, then those of
 *                     its libraries and of the packs it includes, each once
 * @param errorTargets targets that show the page's failure message, gathered the same way
 * @param source       where the pack was read from (a file path or a classpath resource), for error messages
 */
public record Pack(
        int format,
        String id,
        String title,
        String description,
        List<String> regions,
        List<Origin> origins,
        Map<String, InputSpec> inputs,
        Map<String, Target> targets,
        List<Step> steps,
        List<Interrupt> interrupts,
        List<String> errorTargets,
        String source) {

    /** The highest pack format this engine reads. */
    public static final int CURRENT_FORMAT = 1;

    public Pack {
        regions = List.copyOf(regions);
        origins = List.copyOf(origins);
        inputs = Map.copyOf(inputs);
        targets = Map.copyOf(targets);
        steps = List.copyOf(steps);
        interrupts = List.copyOf(interrupts);
        errorTargets = List.copyOf(errorTargets);
    }

    public Optional<InputSpec> input(String name) {
        return Optional.ofNullable(inputs.get(name));
    }

    public Target target(String name) {
        Target target = targets.get(name);
        if (target == null) {
            throw new IllegalArgumentException("pack " + id + " has no target '" + name + "'");
        }
        return target;
    }
}
