package dev.optout.engine;

import dev.optout.pack.Fix;

/** Where a repair the person confirmed is kept for later runs: the pack's fix file in their packs folder. */
@FunctionalInterface
public interface FixKeeper {

    /** Keeps the fix first among its target's locators; returns where it was kept, for the person to read. */
    String keep(Fix fix);
}
