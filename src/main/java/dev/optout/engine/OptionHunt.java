package dev.optout.engine;

import dev.optout.page.FieldState;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings into an open list an option it does not render yet. Meta's menus, like most long lists, render only the few
 * options around the one that is active (a virtualized list): the wanted country is then not among the options the
 * page shows. A person types the name's first letters to jump to it, and scrolls; so does this, with the keys the
 * APG gives a select-only combobox: the letters of the name (up to its first space, since a space may choose), then
 * PageDown step by step to the list's end, then Home and PageDown again from its start. Nothing here chooses: Enter
 * and Space are never pressed, and a letter or PageDown only moves the active option.
 */
final class OptionHunt {

    /** How long a list may take to render what a key moved it to; the list's end is where it stops changing. */
    private static final Duration RENDERING = Duration.ofMillis(600);
    /** PageDown presses after which a list is taken as endless: far beyond the 250 or so countries there are. */
    private static final int MOST_PAGES = 120;

    private final SingleAction single;
    private final Page page;

    OptionHunt(SingleAction single, Page page) {
        this.single = single;
        this.page = page;
    }

    /** What the hunt saw: the list once it rendered a wanted option, else every option it rendered on the way. */
    record Found(Optional<FieldState> open, Set<String> seen, String tried) {
    }

    /**
     * The list's state once it renders an option {@code pick} accepts; empty (with what was seen) when neither typing
     * {@code names} nor scrolling the whole list brought one.
     *
     * @param open  the combobox as just read with its list open
     * @param names what to type to jump, in turn: the option's text, or a country's names in the page language and in
     *              English
     */
    Found find(String target, FieldState open, List<String> names,
               Function<List<FieldState.Option>, Optional<FieldState.Option>> pick, Duration timeout) {
        Set<String> seen = new LinkedHashSet<>();
        note(seen, open);
        if (pick.apply(open.options()).isPresent()) {
            return new Found(Optional.of(open), seen, "nothing");
        }
        StringBuilder tried = new StringBuilder();
        FieldState now = open;
        for (String name : names) {
            String letters = jumpLetters(name);
            if (letters.isEmpty()) {
                continue;
            }
            tried.append(tried.length() == 0 ? "" : ", ").append("typed '").append(letters).append("'");
            List<FieldState.Option> before = now.options();
            single.perform(target, "the letters '" + letters + "'", timeout,
                    element -> letters.codePoints().forEach(c -> page.press(Optional.of(element), Character.toString(c))));
            now = settled(target, before, pick, now);
            note(seen, now);
            if (pick.apply(now.options()).isPresent()) {
                return new Found(Optional.of(now), seen, tried.toString());
            }
        }
        Optional<FieldState> found = scrollToEnd(target, now, pick, seen, timeout);
        tried.append(tried.length() == 0 ? "" : ", ").append("scrolled to the list's end");
        if (found.isEmpty()) {
            FieldState before = now;
            single.perform(target, "Home", timeout, element -> page.press(Optional.of(element), "Home"));
            FieldState top = settled(target, before.options(), pick, before);
            note(seen, top);
            found = pick.apply(top.options()).isPresent() ? Optional.of(top)
                    : scrollToEnd(target, top, pick, seen, timeout);
            tried.append(", then from its start to its end");
        }
        return new Found(found, seen, tried.toString());
    }

    /** PageDown until the list renders a wanted option, or stops changing (its end). */
    private Optional<FieldState> scrollToEnd(String target, FieldState from, Function<List<FieldState.Option>,
            Optional<FieldState.Option>> pick, Set<String> seen, Duration timeout) {
        FieldState now = from;
        for (int i = 0; i < MOST_PAGES; i++) {
            List<FieldState.Option> before = now.options();
            single.perform(target, "PageDown", timeout, element -> page.press(Optional.of(element), "PageDown"));
            now = settled(target, before, pick, now);
            note(seen, now);
            if (pick.apply(now.options()).isPresent()) {
                return Optional.of(now);
            }
            if (now.options().equals(before) || !now.expanded()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The list once it rendered a wanted option, or something other than before; as it was, when neither came. */
    private FieldState settled(String target, List<FieldState.Option> before,
                               Function<List<FieldState.Option>, Optional<FieldState.Option>> pick,
                               FieldState fallback) {
        return single.awaitState(target, "the list of '" + target + "' to render more options", RENDERING,
                        state -> pick.apply(state.options()).isPresent() || !state.options().equals(before))
                .map(SingleAction.Reading::state)
                .orElseGet(() -> single.awaitState(target, "the list of '" + target + "' to be readable", RENDERING,
                        state -> true).map(SingleAction.Reading::state).orElse(fallback));
    }

    private static void note(Set<String> seen, FieldState state) {
        state.options().forEach(o -> seen.add(o.text().strip()));
    }

    /**
     * What a person types to jump to a name: its first word, lower case, letters only. A space would choose the
     * active option in an APG list once typing paused, so the jump stops before it; scrolling finds the rest
     * ("United" jumps to the United Arab Emirates, United Kingdom is a step further).
     */
    static String jumpLetters(String name) {
        return name.strip().codePoints().takeWhile(Character::isLetter)
                .mapToObj(Character::toString).collect(Collectors.joining())
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** How a failure says what the hunt saw: how many options, the first few of them. */
    static String seenInWords(Set<String> seen) {
        return seen.isEmpty() ? "nothing" : seen.size() + " options (" + SelectOnlyCombobox.named(
                seen.stream().map(text -> new FieldState.Option(text, text, false)).toList()) + ")";
    }
}
