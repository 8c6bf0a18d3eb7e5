package dev.optout.pack;

import java.util.List;

/** A named thing on a page, found by trying its locators in order; the first that matches wins. */
public record Target(String name, List<Locator> locators) {

    public Target {
        if (locators.isEmpty()) {
            throw new IllegalArgumentException("target '" + name + "' needs at least one locator");
        }
        locators = List.copyOf(locators);
    }
}
