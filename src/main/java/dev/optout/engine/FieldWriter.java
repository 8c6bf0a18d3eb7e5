package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Puts a value into a field and proves it is there, retrying while the page re-renders. Shared by the fill and
 * select steps and by the read-back that refills a field a page has reset. Each attempt replaces the whole value,
 * so a retry never doubles what was typed, and types it through {@link GuardedTyping}, so none of it can reach another
 * host.
 */
final class FieldWriter {

    private final TargetFinder finder;
    private final Page page;
    private final Waiter waiter;
    private final OriginGuard origins;
    private final StepTimeouts timeouts;
    private final Outbox outbox;
    private final GuardedTyping typing;
    private final Typeahead typeahead;
    private final SelectOnlyCombobox selectOnly;

    FieldWriter(TargetFinder finder, Page page, Waiter waiter, OriginGuard origins, StepTimeouts timeouts,
                Outbox outbox, Typeahead typeahead) {
        this.finder = finder;
        this.page = page;
        this.waiter = waiter;
        this.origins = origins;
        this.timeouts = timeouts;
        this.outbox = outbox;
        this.typing = new GuardedTyping(page, origins);
        this.typeahead = typeahead;
        this.selectOnly = new SelectOnlyCombobox(new SingleAction(finder, waiter), page);
    }

    /**
     * A fill or select step's live action: the value written and proven, and pending for the next send. {@code
     * awaited} is the look that found the field, the page untouched since: the first try uses it.
     */
    StepResult fill(Step step, FilledField field, Look awaited) {
        Match filled = write(step, field, TargetFinder.firstThen(awaited, () -> lookAt(field)));
        outbox.record(field);
        return StepResult.done(filled);
    }

    /** As {@link #fill(Step, FilledField, Look)}, from a fresh look at the field. */
    StepResult fill(Step step, FilledField field) {
        return fill(step, field, lookAt(field));
    }

    Match write(Step step, FilledField field) {
        return write(step, field, () -> lookAt(field));
    }

    private Look lookAt(FilledField field) {
        return finder.look(List.of(field.target()), true);
    }

    private Match write(Step step, FilledField field, Supplier<Look> looks) {
        // A choice is made once in each element and then awaited: choosing again in the same element would click an
        // option, or open a list, on every look. An element the page rendered anew has not had it, and gets it.
        Set<Element> chosenIn = new HashSet<>();
        return waiter.until("'" + field.target() + "' to hold its value", timeouts.of(step), () -> {
            // The field, the host and the field's state in one look: what is checked is what is typed into.
            Look seen = looks.get();
            Optional<Match> match = seen.match(field.target());
            if (match.isEmpty()) {
                return Optional.empty();
            }
            origins.requireAllowed("type", seen.url());
            FieldState state = seen.field(field.target()).orElseThrow();
            requireTypable(field, state);
            if (field.kind() != FilledField.Kind.OPTION) {
                typing.type(match.get().element(), field);
            } else if (holds(state, field)) {
                return match;
            } else if (!chosenIn.contains(match.get().element())) {
                choose(step, field, match.get(), state);
                chosenIn.add(match.get().element());
            } else {
                return Optional.empty();
            }
            return holds(page.describe(match.get().element()), field) ? match : Optional.empty();
        });
    }

    private void choose(Step step, FilledField field, Match match, FieldState state) {
        String value = field.value().orElseThrow();
        if (state.isTypeahead()) {
            retype(step, field);
        } else if (state.isSelectOnly()) {
            selectOnly.choose(field.target(), field.label(), value, timeouts.of(step));
        } else {
            page.chooseOption(match.element(), value);
        }
    }

    /** A typeahead that lost its choice gets the chosen option's text typed again, and the option chosen again. */
    private void retype(Step step, FilledField field) {
        String text = field.value().orElseThrow();
        typeahead.choose(step, field.target(), List.of(text), offered -> offered.stream()
                .filter(o -> Typeahead.shows(o.text(), text))
                .findFirst(), "'" + text + "'");
    }

    /** Whether the field on the page still holds what was written (pages may re-render and drop values). */
    static boolean holds(FieldState state, FilledField field) {
        String expected = field.value().orElse("");
        if (field.kind() == FilledField.Kind.OPTION && (state.isTypeahead() || state.isSelectOnly())) {
            // Both show the chosen option's text, the value a select-only combobox's choice is kept as.
            return Typeahead.shows(state.value(), expected);
        }
        if (field.kind() == FilledField.Kind.OPTION) {
            return state.selectedOption().map(o -> o.value().equals(expected)).orElse(false);
        }
        return normalise(state.value()).equals(normalise(expected));
    }

    private static String normalise(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }

    /**
     * A field that became read-only, or took a length limit, after its fill step looked at it (a page re-rendered it
     * so) is not typed into: the fill step's own checks ({@link ReadOnlyField}, {@link LengthLimit}) were made on a
     * field that is no longer there.
     */
    private static void requireWritable(FilledField field, FieldState state) {
        if (state.isFixed()) {
            throw new StepFailedException("'" + field.label() + "' became " + (state.limits().readOnly() ? "read-only"
                    : "disabled") + " on the page after optout looked at it; optout types nothing into it",
                    List.of(field.target()));
        }
        int limit = state.limits().maxLength();
        int length = ShortenedText.length(field.value().orElse(""));
        if (limit > 0 && length > limit) {
            throw new StepFailedException("'" + field.label() + "' now takes at most " + limit + " characters, and its "
                    + "value is " + length + " characters long; nothing more was typed", List.of(field.target()));
        }
    }

    /** Stops before a single keystroke goes into a password, hidden or file input. */
    static void refuseSecretField(String target, FieldState state) {
        if (state.isForbiddenForTyping()) {
            throw new SafetyAbortException("target '" + target + "' is a " + state.type() + " input; optout never "
                    + "types into password, hidden or file inputs", target);
        }
    }

    private static void requireTypable(FilledField field, FieldState state) {
        refuseSecretField(field.target(), state);
        if (field.kind() == FilledField.Kind.TEXT) {
            requireWritable(field, state);
        }
        if (field.kind() == FilledField.Kind.OPTION ? !state.isSelect() : !state.acceptsText()) {
            throw new StepFailedException("target '" + field.target() + "' is a <" + state.tag() + "> that cannot "
                    + (field.kind() == FilledField.Kind.OPTION ? "choose an option" : "take text")
                    + "; the pack's locator may point at the wrong element", List.of(field.target()));
        }
    }
}
