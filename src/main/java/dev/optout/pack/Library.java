package dev.optout.pack;

import java.util.List;
import java.util.Map;

/**
 * Named targets shared by several packs ({@code selectors/lib/*.yaml}); a pack that {@code uses} the library may
 * refer to them as if it had defined them, and takes in its interrupts and error targets as its own.
 *
 * @param name         the library's name, as packs write it in {@code uses}
 * @param interrupts   overlays its pages may show at any moment, and how to dismiss them
 * @param errorTargets targets (among its own) that show the page's failure message
 * @param fragments    steps written once for several packs, by name, which a pack runs with {@code use}
 * @param source       where the library was read from, for error messages
 */
public record Library(int format, String name, String description, Map<String, Target> targets,
        List<Interrupt> interrupts, List<String> errorTargets, Map<String, Fragment> fragments, String source) {

    public Library {
        targets = Map.copyOf(targets);
        interrupts = List.copyOf(interrupts);
        errorTargets = List.copyOf(errorTargets);
        fragments = Map.copyOf(fragments);
    }
}
