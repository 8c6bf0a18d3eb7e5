package dev.optout.engine;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import dev.optout.page.Element;
import dev.optout.page.FieldState;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A form in parts (country and email, then "Next", then the reason and Send), or in a dialog a button on the page
 * opens. When the fields a fill, select or wait-for step needs are not on the page but the pack's {@value #OPENER}
 * or {@value #NEXT} button is, this clicks it once and the step looks again. Both buttons are clicked only when the
 * pack names them, no target of its sending clicks shows, and they cannot submit a form (see below).
 * Clicking Next sends nothing, so no yes is needed; but a Next that did send would send without the person's yes,
 * so it is clicked only when all of this holds:
 * <ul>
 *   <li>the pack names the button (a target called {@value #NEXT}); the engine guesses no button by itself;</li>
 *   <li>nothing was sent yet in this run: after a send, a page's "Next" may belong to anything;</li>
 *   <li>no target of the pack's sending clicks shows: a form whose Send shows is in its last part;</li>
 *   <li>it cannot submit the form by itself: an ARIA {@code role=button}, or a native button or input of
 *       {@code type=button} (a {@code <button>} without a type submits its form);</li>
 *   <li>every field filled so far holds its value, read back first.</li>
 * </ul>
 * The fields filled so far stay pending, as the page held them, and go with the send; the confirmation lists them.
 * A dry run fills nothing, so it does not move the form on: it says it would.
 */
final class FormParts {

    /** The name of the target that moves a form in parts on. */
    static final String NEXT = "next";
    /** The name of the target that opens a form shown in a dialog. */
    static final String OPENER = "form-opener";

    private final TargetFinder finder;
    private final Page page;
    private final OriginGuard origins;
    private final ReadBack readBack;
    private final Outbox outbox;
    private final boolean packNamesNext;
    private final boolean packNamesOpener;
    private final List<String> sendTargets;
    private final boolean dryRun;
    private final RunState state;
    private boolean opened;

    FormParts(Pack pack, TargetFinder finder, Page page, OriginGuard origins, ReadBack readBack, Outbox outbox,
              RunState state, boolean dryRun) {
        this.state = state;
        this.finder = finder;
        this.page = page;
        this.origins = origins;
        this.readBack = readBack;
        this.outbox = outbox;
        this.packNamesNext = pack.targets().containsKey(NEXT);
        this.packNamesOpener = pack.targets().containsKey(OPENER);
        this.sendTargets = pack.steps().stream().filter(s -> s instanceof Step.Click && s.common().submits())
                .flatMap(s -> s.targets().stream()).distinct().toList();
        this.dryRun = dryRun;
    }

    /** What reaching a field did: nothing, a click on Next (its note), or in a dry run the step's whole result. */
    record Reached(Optional<String> note, Optional<StepResult> instead) {

        static final Reached NOTHING = new Reached(Optional.empty(), Optional.empty());

        /** The step's result with what reaching its field did. */
        StepResult noted(StepResult result) {
            return note.map(result::withNote).orElse(result);
        }
    }

    /**
     * Before a fill, select or wait-for step looks for its targets: when none shows, opens the form's dialog or moves
     * the form to its next part, whichever the page offers.
     */
    Reached reach(Step step, List<String> targets) {
        boolean known = packNamesNext || packNamesOpener;
        if (!known || state.sentSomething() || targets.stream().anyMatch(sendTargets::contains)
                || finder.look(targets, false).firstMatch().isPresent()) {
            return Reached.NOTHING;
        }
        List<String> looked = Stream.of(targets.stream(), Stream.of(NEXT, OPENER).filter(finder::knows),
                sendTargets.stream()).flatMap(s -> s).distinct().toList();
        Look seen = finder.lookAfresh(looked, true);
        if (seen.firstMatch().filter(m -> targets.contains(m.target())).isPresent() || sendShows(seen)) {
            return Reached.NOTHING;
        }
        // Next first: the opener may still show behind the dialog it opened, and is clicked once in a run at most.
        Optional<Match> next = seen.match(NEXT).filter(m -> submitsNothing(seen.field(NEXT).orElseThrow()));
        Optional<Match> opener = seen.match(OPENER).filter(m -> !opened
                && submitsNothing(seen.field(OPENER).orElseThrow()));
        if (next.isEmpty() && opener.isPresent()) {
            // Opening a dialog fills and sends nothing: a dry run opens it too, to check the form inside.
            opened = true;
            String button = named(opener.get());
            click(seen, opener.get());
            return new Reached(Optional.of("clicked " + button + ", which opens the form in a dialog"),
                    Optional.empty());
        }
        if (next.isEmpty()) {
            return Reached.NOTHING;
        }
        if (dryRun) {
            return new Reached(Optional.empty(), Optional.of(StepResult.wouldDo(next, String.join(", ", targets)
                    + " in the form's next part: a live run clicks " + named(next.get()) + " once this part is "
                    + "filled, then goes on there")));
        }
        Look proved = readBack.ensureValuesStillOnPage(step, readBack.look());
        outbox.leaveBehind(readBack.asOnPage(proved));
        // Named before the click: the button may go with the part it moves on from.
        String button = named(next.get());
        click(seen, next.get());
        return new Reached(Optional.of("clicked " + button + " to show the form's next part (it sends nothing; "
                + "what was filled before goes with the send)"), Optional.empty());
    }

    /**
     * Whether a target of the pack's sending clicks shows, other than the pack's Next or opener itself: a Send found
     * by its structural fallback (the form's last button) is, in a form's first part, that part's Next.
     */
    private boolean sendShows(Look seen) {
        List<Element> movers = Stream.of(NEXT, OPENER).map(seen::match).flatMap(Optional::stream)
                .map(Match::element).toList();
        return sendTargets.stream().map(seen::match).flatMap(Optional::stream)
                .anyMatch(send -> !movers.contains(send.element()));
    }

    private void click(Look seen, Match button) {
        origins.requireAllowed("click", seen.url());
        page.click(button.element());
    }

    private String named(Match button) {
        String text = page.textOf(button.element()).strip();
        return "'" + (text.isEmpty() ? button.target() : text) + "'";
    }

    /** An element that cannot submit a form by itself: a div role=button, or a native button of type=button. */
    static boolean submitsNothing(FieldState button) {
        return switch (button.tag()) {
            case "button", "input" -> "button".equals(button.type());
            default -> true;
        };
    }
}
