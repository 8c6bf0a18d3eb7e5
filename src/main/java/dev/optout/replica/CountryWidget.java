package dev.optout.replica;

/** How a form asks for the country (issue 8.2): every widget Meta's help forms are known to use. */
public enum CountryWidget {
    /**
     * A native {@code <select>}; its option values follow {@link OptionValues}. In {@link Markup#REACT} a select-only
     * {@code div role=combobox} over a {@code role=listbox} takes its place, posting the same values.
     */
    SELECT,
    /**
     * An {@code input role=combobox aria-autocomplete=list} that filters a {@code role=listbox} of {@code role=option}
     * items while the person types; an option is chosen by click or Enter, the field then shows its name.
     */
    TYPEAHEAD,
    /** A {@code role=listbox} of every country, without an input: a click (or arrow keys and Enter) chooses. */
    LISTBOX,
    /** A {@code role=radiogroup} with one radio per country. */
    RADIOGROUP
}
