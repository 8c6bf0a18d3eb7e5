package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A pack file as a JSON tree, with where each node and each key came from, addressed by JSON pointer
 * ({@code /steps/5/select}). Nodes copied from an alias are placed at the alias.
 */
record SourceTree(JsonNode root, Map<String, Position> values, Map<String, Position> keys) {

    SourceTree {
        values = Map.copyOf(values);
        keys = Map.copyOf(keys);
    }

    /** Where the value at a pointer starts, or the nearest enclosing place known. */
    Position valueAt(String pointer) {
        String current = pointer;
        while (true) {
            Position position = values.get(current);
            if (position != null) {
                return position;
            }
            if (current.isEmpty()) {
                return Position.UNKNOWN;
            }
            current = Pointers.parent(current);
        }
    }

    /** Where the key naming a pointer's value is written; the value's place for list items. */
    Position keyAt(String pointer) {
        Position position = keys.get(pointer);
        return position != null ? position : valueAt(pointer);
    }
}
