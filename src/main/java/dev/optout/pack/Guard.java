package dev.optout.pack;

/**
 * A step's {@code when:} condition, written {@code "<target> present"} or {@code "<target> absent"}. Guards are how
 * packs express detours (a cookie dialog, a login wall, a code page) without branching.
 */
public record Guard(String target, boolean present) {

    @Override
    public String toString() {
        return target + (present ? " present" : " absent");
    }
}
