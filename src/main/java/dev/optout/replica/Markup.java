package dev.optout.replica;

/**
 * How the replica's form pages are built (meta-flows §2: both markups are in play). The tool learned what pages look
 * like from {@link #NATIVE} alone; {@link #REACT} shows it Meta's newer pages.
 */
public enum Markup {
    /**
     * Meta's classic help forms, as the replica always built them: native inputs, radios and a {@code <select>},
     * fields named by {@code aria-label}, an alert or a status message added when there is something to say.
     */
    NATIVE,
    /**
     * Meta's React pages: choices as {@code div role=radio|checkbox|switch} with {@code aria-checked}, the country as a
     * select-only {@code div role=combobox} over a {@code role=listbox}, fields named through
     * {@code aria-labelledby}, and {@code role=alert} / {@code role=status} regions rendered empty from the start and
     * written into later.
     */
    REACT
}
