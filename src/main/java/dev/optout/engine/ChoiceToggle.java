package dev.optout.engine;

import dev.optout.page.CheckState;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brings a choice (a checkbox, radio, switch, option, checkable menu item or toggle button; native or ARIA) to the
 * wanted state with as few actions as the widget needs, each read back before the next. Already right, it is left
 * alone. A click comes first; a tri-state checkbox (APG: mixed → checked → unchecked → mixed) may need another, which
 * it gets only while each click moved its state on, and never more than once round its cycle. When a click changes
 * nothing, the keys the APG gives the widget are tried, each once and read back; then the step fails, saying what
 * was tried and what the widget showed.
 */
final class ChoiceToggle {

    /**
     * How long a page may take to show the new state after an action. A React page shows it within a frame or two;
     * the margin matters, since an action taken before a slow page showed the first one would undo it.
     */
    private static final Duration SETTLE = Duration.ofSeconds(1);
    /** Three states: three actions see each of them once. */
    private static final int FULL_CYCLE = 3;

    private final SingleAction single;
    private final Page page;

    ChoiceToggle(SingleAction single, Page page) {
        this.single = single;
        this.page = page;
    }

    /** What happened, for the step's note: left alone, or the actions that got the choice there. */
    String bringTo(String target, String label, CheckState wanted, Duration timeout) {
        SingleAction.Reading now = single.read(target, timeout);
        FieldState state = now.state();
        if (!state.isChoice()) {
            throw new StepFailedException("'" + label + "' is a <" + state.tag() + ">" + roleInWords(state)
                    + " that shows no ticked state (no checked, aria-checked, aria-selected or aria-pressed); the "
                    + "pack's locator may point at the wrong element");
        }
        if (state.checkState() == wanted) {
            return "already " + wanted.inWords() + "; left alone";
        }
        if (wanted == CheckState.UNCHECKED && state.isRadio()) {
            throw new StepFailedException("'" + label + "' is a radio button, which only ticking another option of "
                    + "its group unticks; it was left ticked");
        }
        Attempts attempts = new Attempts(target, label, wanted, timeout);
        if (attempts.repeatWhileItMoves("a click", now, page::click)) {
            return attempts.success();
        }
        if (attempts.gone()) {
            return attempts.goneAway();
        }
        if (attempts.changedAtAll()) {
            throw attempts.failure();
        }
        for (String key : keysFor(state)) {
            if (attempts.repeatWhileItMoves(key, attempts.last, element -> page.press(Optional.of(element), key))) {
                return attempts.success();
            }
            if (attempts.gone()) {
                return attempts.goneAway();
            }
            if (attempts.changedAtAll()) {
                break;
            }
        }
        throw attempts.failure();
    }

    /**
     * The keys the APG gives each widget to change its state: Space for a checkbox or radio (native or ARIA); Space
     * and Enter for a switch, an option, a checkable menu item and a toggle button. Arrow keys move a radio group's
     * choice to another radio, never to this one, so they are not among them.
     */
    private static List<String> keysFor(FieldState state) {
        return switch (state.role()) {
            case "switch", "option", "menuitemcheckbox", "menuitemradio", "button" -> List.of("Space", "Enter");
            default -> List.of("Space");
        };
    }

    private static String roleInWords(FieldState state) {
        return state.role().isEmpty() ? "" : " (role " + state.role() + ")";
    }

    /** The actions taken on one choice, in order, and what each showed. */
    private final class Attempts {
        private final String target;
        private final String label;
        private final CheckState wanted;
        private final Duration timeout;
        private final List<String> tried = new ArrayList<>();
        private SingleAction.Reading last;
        private int changes;
        private boolean gone;

        Attempts(String target, String label, CheckState wanted, Duration timeout) {
            this.target = target;
            this.label = label;
            this.wanted = wanted;
            this.timeout = timeout;
        }

        /**
         * Does the action, and again only while each one changed the state, until the state is the wanted one or the
         * cycle is round. Returns whether it got there.
         */
        boolean repeatWhileItMoves(String action, SingleAction.Reading from, Consumer<Element> act) {
            last = from;
            for (int times = 1; times <= FULL_CYCLE; times++) {
                CheckState before = last.state().checkState();
                single.perform(target, last, action, timeout, act);
                Optional<SingleAction.Reading> after = single.awaitState(target, "'" + target + "' to change after "
                        + action, SETTLE, s -> s.checkState() != before);
                if (after.isEmpty()) {
                    gone = !single.present(target);
                    tried.add(action + (gone ? "" : " (no change, still " + before.inWords() + ")"));
                    return false;
                }
                last = after.get();
                changes++;
                tried.add(action + " (" + before.inWords() + " → " + last.state().checkState().inWords() + ")");
                if (last.state().checkState() == wanted) {
                    return true;
                }
            }
            return false;
        }

        /** Whether another action could only undo what the last one did, or has nothing left to act on. */
        boolean changedAtAll() {
            return changes > 0 || gone;
        }

        /**
         * A choice that went away after an action (a menu closes once an item is chosen): its state cannot be read
         * back, and nothing is done twice.
         */
        boolean gone() {
            return gone;
        }

        String goneAway() {
            return "did " + String.join(", then ", tried) + "; then '" + label + "' went away (a menu closes once "
                    + "an item is chosen), so whether it is " + wanted.inWords() + " could not be read back";
        }

        String success() {
            return wanted.inWords() + " with " + String.join(", then ", tried);
        }

        StepFailedException failure() {
            return new StepFailedException("'" + label + "' could not be " + wanted.inWords() + ": tried "
                    + String.join(", ", tried) + "; it shows " + last.state().checkState().inWords()
                    + " and optout stopped there");
        }
    }
}
