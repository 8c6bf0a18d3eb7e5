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
    RADIOGROUP,
    /**
     * The APG select-only combobox in either markup: a {@code div role=combobox} whose click opens a popup
     * {@code role=listbox}; letters typed jump, the arrows, PageUp/PageDown, Home and End move.
     */
    SELECT_ONLY,
    /**
     * A select-only combobox whose list renders only the eight options in view, as Meta's menus do (a virtualized
     * list: each option says its place with {@code aria-posinset}/{@code aria-setsize}); typed letters jump to a
     * matching option, scrolling or the keys render the others; closed, it renders none.
     */
    SELECT_ONLY_VIRTUAL
}
