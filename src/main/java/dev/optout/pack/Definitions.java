package dev.optout.pack;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs or the targets of a pack, gathered from its own file, its libraries and the packs it includes, each
 * remembering where it came from so that a clash can name both places.
 */
final class Definitions<T> {

    private final Map<String, T> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new HashMap<>();

    /**
     * Adds a definition unless the name has one already.
     *
     * @param from where it comes from, in words: {@code this pack}, {@code library meta-common}
     * @return where the existing definition came from, when it differs from this one
     */
    Optional<String> add(String name, T value, String from) {
        T existing = values.putIfAbsent(name, value);
        if (existing == null) {
            origins.put(name, from);
            return Optional.empty();
        }
        return existing.equals(value) ? Optional.empty() : Optional.of(origins.get(name));
    }

    Optional<T> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Where a name's definition came from, e.g. {@code library meta-common}. */
    Optional<String> from(String name) {
        return Optional.ofNullable(origins.get(name));
    }

    Map<String, T> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
