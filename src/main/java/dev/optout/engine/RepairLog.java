package dev.optout.engine;

import java.util.ArrayList;
import java.util.List;

/** The targets the person repaired in this run, which the confirmation before a send lists. */
final class RepairLog {

    private final List<String> repaired = new ArrayList<>();

    void add(String target, String locator) {
        repaired.add("'" + target + "' now found by " + locator);
    }

    List<String> entries() {
        return List.copyOf(repaired);
    }
}
