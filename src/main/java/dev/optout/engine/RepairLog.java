package dev.optout.engine;

import java.util.ArrayList;
import java.util.List;

/** The targets the person repaired in this run, which the confirmation before a send lists. */
final class RepairLog {

    private final List<String> repaired = new ArrayList<>();

    /** Notes a repair and returns it in words: {@code 'send' now found by role=button name="Submit request"}. */
    String add(String target, String locator) {
        String entry = "'" + target + "' now found by " + locator;
        repaired.add(entry);
        return entry;
    }

    List<String> entries() {
        return List.copyOf(repaired);
    }
}
