package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.FieldState;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses in a typeahead (an input role=combobox whose list shows only once something is typed), as a person does:
 * type a search, wait for the list, click the option that matches, and see the field show it. The typing passes the
 * same checks as any typing: the page on an allowed origin, never into a secret field, in guarded chunks.
 */
final class Typeahead {

    /** How long a list may take to show what the server found for the search. */
    private static final Duration LIST_WAIT = Duration.ofSeconds(5);
    private static final int OPTIONS_NAMED = 8;

    private final TargetFinder finder;
    private final Page page;
    private final Waiter waiter;
    private final OriginGuard origins;
    private final StepTimeouts timeouts;
    private final GuardedTyping typing;

    Typeahead(TargetFinder finder, Page page, Waiter waiter, OriginGuard origins, StepTimeouts timeouts) {
        this.finder = finder;
        this.page = page;
        this.waiter = waiter;
        this.origins = origins;
        this.timeouts = timeouts;
        this.typing = new GuardedTyping(page, origins);
    }

    /**
     * Types each search in turn until the list offers an option {@code pick} accepts, chooses it, and returns it once
     * the field shows it.
     *
     * @param wanted how the failure names what was sought, e.g. {@code DE (deutschland / germany)}
     */
    FieldState.Option choose(Step step, String target, List<String> searches,
                             Function<List<FieldState.Option>, Optional<FieldState.Option>> pick, String wanted) {
        List<FieldState.Option> offered = List.of();
        for (String search : searches) {
            offered = search(step, target, search);
            Optional<FieldState.Option> option = pick.apply(offered);
            if (option.isPresent()) {
                return chosen(step, target, option.get());
            }
        }
        throw new StepFailedException("typing " + searches.stream().map(s -> "'" + s + "'")
                .collect(Collectors.joining(" then ")) + " into '" + target + "' offered no option for " + wanted
                + (offered.isEmpty() ? "; its list offered nothing" : "; it offered " + named(offered)));
    }

    /** Whether the field shows the option: what the page shows in it against the chosen option's text. */
    static boolean shows(String fieldValue, String optionText) {
        return CountryOptions.fold(String.valueOf(fieldValue)).equals(CountryOptions.fold(optionText));
    }

    /**
     * Types the search and returns what the list offers for it, nothing when it offers nothing in time. A page that
     * re-renders meanwhile drops the search with the list: the search is typed again, replacing whatever the field
     * holds, so it is never doubled.
     */
    private List<FieldState.Option> search(Step step, String target, String search) {
        Duration wait = LIST_WAIT.compareTo(timeouts.of(step)) < 0 ? LIST_WAIT : timeouts.of(step);
        boolean[] typed = {false};
        try {
            return waiter.until("the list of '" + target + "' to offer options for '" + search + "'", wait, () -> {
                Optional<Match> field = finder.now(target);
                if (field.isEmpty()) {
                    return Optional.empty();
                }
                FieldState state = page.describe(field.get().element());
                if (!typed[0] || !shows(state.value(), search)) {
                    typeInto(field.get(), target, search);
                    typed[0] = true;
                    state = page.describe(field.get().element());
                }
                return state.options().isEmpty() ? Optional.empty() : Optional.of(state.options());
            });
        } catch (WaitTimeoutException nothingOffered) {
            return List.of();
        }
    }

    private void typeInto(Match field, String target, String text) {
        origins.requireAllowed("type");
        FieldWriter.refuseSecretField(target, page.describe(field.element()));
        typing.type(field.element(), target, text);
    }

    /**
     * Clicks the option while the list offers it, until the field shows it after a click. A page that re-renders
     * meanwhile drops the search with the list: then the option's text is typed again, as a person would.
     */
    private FieldState.Option chosen(Step step, String target, FieldState.Option option) {
        boolean[] clicked = {false};
        return waiter.until("'" + target + "' to show '" + option.text() + "'", timeouts.of(step), () -> {
            Optional<Match> field = finder.now(target);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            FieldState state = page.describe(field.get().element());
            if (state.options().stream().anyMatch(o -> o.value().equals(option.value()))) {
                clicked[0] = true;
                page.chooseOption(field.get().element(), option.value());
                state = page.describe(field.get().element());
            } else if (!shows(state.value(), option.text())) {
                clicked[0] = false;
                typeInto(field.get(), target, option.text());
                return Optional.empty();
            }
            // Text typed that reads like the option is no choice: only a click on the option is.
            return clicked[0] && shows(state.value(), option.text()) ? Optional.of(option) : Optional.empty();
        });
    }

    private static String named(List<FieldState.Option> options) {
        String listed = options.stream().limit(OPTIONS_NAMED).map(o -> "'" + o.text().strip() + "'")
                .collect(Collectors.joining(", "));
        int more = options.size() - OPTIONS_NAMED;
        return listed + (more > 0 ? " and " + more + " more" : "");
    }
}
