package dev.optout.engine;

import dev.optout.page.FieldState;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses in a select-only combobox (APG): an element with role=combobox, not an input, whose list opens on a click
 * (or Enter, Space, Alt+ArrowDown), offers {@code role=option}s, and shows the chosen option's text once one is
 * clicked. Each action is done once and read back: the list is opened once, the option clicked once, and the
 * combobox must then show it.
 */
final class SelectOnlyCombobox {

    /**
     * How long a list may take to show after what opens it. Opening is the page's own business, with nothing to
     * fetch; the next way to open it is tried only after this, since Enter or Space on an open list would choose.
     */
    private static final Duration OPENING = Duration.ofSeconds(1);
    /** The keys the APG gives a closed select-only combobox to open its list, tried in turn after a click. */
    private static final List<String> OPENING_KEYS = List.of("Enter", "Space", "Alt+ArrowDown");
    private static final int OPTIONS_NAMED = 8;

    private final SingleAction single;
    private final Page page;
    private final OptionHunt hunt;

    SelectOnlyCombobox(SingleAction single, Page page) {
        this.single = single;
        this.page = page;
        this.hunt = new OptionHunt(single, page);
    }

    /** The combobox with its list open and offering options: opened if it was closed. */
    FieldState open(String target, String label, Duration timeout) {
        SingleAction.Reading now = single.read(target, timeout);
        if (offers(now.state())) {
            return now.state();
        }
        StringBuilder tried = new StringBuilder("a click");
        single.perform(target, now, "a click", timeout, page::click);
        Optional<FieldState> opened = opened(target, label, timeout);
        for (int i = 0; i < OPENING_KEYS.size() && opened.isEmpty(); i++) {
            String key = OPENING_KEYS.get(i);
            tried.append(", ").append(key);
            single.perform(target, key, timeout, element -> page.press(Optional.of(element), key));
            opened = opened(target, label, timeout);
        }
        return opened.orElseThrow(() -> new StepFailedException("the list of '" + label + "' did not open: tried "
                + tried + "; it stayed closed"));
    }

    /**
     * The combobox with its list open and rendering an option {@code pick} accepts: opened if it was closed, and in a
     * list that renders only some options at a time, found by typing {@code names} and scrolling ({@link OptionHunt}).
     *
     * @param wanted how a failure names what was sought
     */
    FieldState showing(String target, String label, Duration timeout, List<String> names,
                       Function<List<FieldState.Option>, Optional<FieldState.Option>> pick, String wanted) {
        FieldState open = open(target, label, timeout);
        OptionHunt.Found found = hunt.find(target, open, names, pick, timeout);
        return found.open().orElseThrow(() -> new StepFailedException("the list of '" + label + "' has no option for "
                + wanted + ": optout " + found.tried() + " and saw " + OptionHunt.seenInWords(found.seen())));
    }

    /**
     * Opens the list if needed, brings the option that shows {@code optionText} into it, clicks it once, and reads
     * back that the combobox shows it.
     */
    void choose(String target, String label, String optionText, Duration timeout) {
        Function<List<FieldState.Option>, Optional<FieldState.Option>> showsText = offered -> offered.stream()
                .filter(o -> Typeahead.shows(o.text(), optionText)).findFirst();
        FieldState open = showing(target, label, timeout, List.of(optionText), showsText, "'" + optionText + "'");
        FieldState.Option option = showsText.apply(open.options()).orElseThrow();
        single.perform(target, "the click on '" + option.text() + "'", timeout,
                element -> page.chooseOption(element, option.value()));
        if (single.awaitState(target, "'" + target + "' to show '" + option.text() + "'", timeout,
                state -> Typeahead.shows(state.value(), option.text())).isEmpty()) {
            String shown = single.read(target, timeout).state().value();
            throw new StepFailedException("'" + label + "' shows '" + shown + "' after optout clicked its option '"
                    + option.text() + "' once; it was not clicked again");
        }
    }

    /** Whether the list shows its options. */
    static boolean offers(FieldState state) {
        return state.expanded() && !state.options().isEmpty();
    }

    /** The combobox once its list opened after the last try; its options may take as long as the step allows. */
    private Optional<FieldState> opened(String target, String label, Duration timeout) {
        if (single.awaitState(target, "the list of '" + target + "' to open", OPENING, FieldState::expanded)
                .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(single.awaitState(target, "the list of '" + target + "' to offer options", timeout,
                SelectOnlyCombobox::offers).orElseThrow(() -> new StepFailedException("the list of '" + label
                + "' opened but offered no option within " + timeout.toSeconds() + " s")).state());
    }

    static String named(List<FieldState.Option> options) {
        String listed = options.stream().limit(OPTIONS_NAMED).map(o -> "'" + o.text().strip() + "'")
                .collect(Collectors.joining(", "));
        int more = options.size() - OPTIONS_NAMED;
        return listed.isEmpty() ? "nothing" : listed + (more > 0 ? " and " + more + " more" : "");
    }
}
