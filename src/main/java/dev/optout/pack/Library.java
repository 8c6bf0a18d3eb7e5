package dev.optout.pack;

import java.util.Map;

/**
 * Named targets shared by several packs ({@code selectors/lib/*.yaml}); a pack that {@code uses} the library may
 * refer to them as if it had defined them.
 *
 * @param name   the library's name, as packs write it in {@code uses}
 * @param source where the library was read from, for error messages
 */
public record Library(int format, String name, String description, Map<String, Target> targets, String source) {

    public Library {
        targets = Map.copyOf(targets);
    }
}
