package dev.optout.engine;

import dev.optout.pack.Fix;
import dev.optout.pack.Locator;
import dev.optout.pack.Origin;
import dev.optout.pack.Step;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The not-found path of an attended run: when a required target is missing, the person points at it (by the text
 * they see on it, or by clicking it in the browser), the tool checks what they chose, builds a locator that finds
 * exactly that element, highlights it and asks whether it is the target. A yes keeps the locator first for the rest
 * of the run and in the pack's fix file; a no asks again; an empty line stops, and the step fails as it would have.
 * The end of input stops too, once a question met it: the step fails as an unattended run's does, and nothing is
 * asked again. Never a guess: nothing is chosen without the person's yes, and refused kinds stay refused.
 */
final class Repairer {

    static final String PROMPT = "Type the text you see on it (its label or button text), or click it in the "
            + "browser and press Enter; an empty line stops";
    /** In a headless browser nobody can click, so only the text is asked for. */
    static final String HEADLESS_PROMPT = "Type the text you see on it (its label or button text, as Meta shows it "
            + "in your own browser); an empty line stops";
    private static final int MOST_ATTEMPTS = 5;
    private static final int CANDIDATES_SHOWN = 12;

    private final Page page;
    private final Person person;
    private final TargetFinder finder;
    private final OriginGuard origins;
    private final RunLanguage language;
    private final Optional<FixKeeper> keeper;
    private final RepairLog log;
    private final Clock clock;
    private final boolean attended;
    private final boolean personAtTheBrowser;
    private final MissingTargets targets;

    Repairer(Page page, Person person, TargetFinder finder, OriginGuard origins, RunLanguage language,
             Optional<FixKeeper> keeper, RepairLog log, Clock clock, boolean attended, boolean personAtTheBrowser, MissingTargets targets) {
        this.targets = targets;
        this.personAtTheBrowser = personAtTheBrowser;
        this.page = page;
        this.person = person;
        this.finder = finder;
        this.origins = origins;
        this.language = language;
        this.keeper = keeper;
        this.log = log;
        this.clock = clock;
        this.attended = attended;
    }

    /**
     * Asks the person to repair the step's missing target.
     *
     * @return how the target is found now, e.g. {@code 'send' now found by role=button name="…"}, when they did, so
     *         the step can be tried again; empty when they did not, or nobody is there to ask
     */
    Optional<String> repair(Step step, TargetNotFoundException missing) {
        if (!attended || keeper.isEmpty() || step.common().optional() || missing.missing().isEmpty()
                || !person.canAnswer()) {
            return Optional.empty();
        }
        List<MissingTargets.Wanted> wanted = targets.wanted(step, missing.missing());
        Optional<Origin> origin = origins.currentRealOrigin();
        if (origin.isEmpty()) {
            person.tell("optout cannot find " + tried(wanted) + ", and this page is on a host the pack does not "
                    + "allow, so nothing on it can be chosen instead.");
            return Optional.empty();
        }
        introduce(step, wanted);
        for (int attempt = 0; attempt < MOST_ATTEMPTS; attempt++) {
            Choice choice = choose(step, wanted);
            if (choice.stop()) {
                return Optional.empty();
            }
            if (choice.element().isEmpty()) {
                continue;
            }
            PageElement chosen = choice.element().get();
            String target = choice.target();
            Optional<Locator> locator = new LocatorBuilder(page).build(chosen, language.current());
            if (locator.isEmpty()) {
                person.tell("No locator finds " + chosen.facts().shortDescription() + " alone (by role and name, "
                        + "label, test id, name, placeholder or text); point at it another way.");
                continue;
            }
            page.highlight(chosen.element(), "repair · " + target);
            if (person.confirm("Is this '" + target + "'? (" + chosen.facts().shortDescription() + ", found by "
                    + locator.get().describe(language.current()) + ")" + (step.common().submits()
                    ? " Yes also clicks it, which sends." : ""))) {
                return Optional.of(keep(target, locator.get(), origin.get()));
            }
            if (!person.canAnswer()) {
                return Optional.empty();
            }
        }
        person.tell("optout stops asking after " + MOST_ATTEMPTS + " tries; the step fails as it would have.");
        return Optional.empty();
    }

    /** What one answer led to: an element for a target, nothing (refused: ask again), or a stop. */
    private record Choice(Optional<PageElement> element, String target, boolean stop) {
        static final Choice STOP = new Choice(Optional.empty(), "", true);
        static final Choice NONE = new Choice(Optional.empty(), "", false);

        static Choice of(PageElement element, String target) {
            return new Choice(Optional.of(element), target, false);
        }
    }

    /**
     * One answer: the typed text's element, or with an empty line the element clicked meanwhile, else a stop. Without
     * a person at the browser (headless) no picker is offered: an empty line is always a stop.
     */
    private Choice choose(Step step, List<MissingTargets.Wanted> wanted) {
        if (personAtTheBrowser) {
            page.startPicker();
        }
        Optional<String> typed = person.ask(personAtTheBrowser ? PROMPT : HEADLESS_PROMPT).map(String::strip)
                .filter(t -> !t.isEmpty());
        Optional<PageElement> picked = personAtTheBrowser ? page.takePicked() : Optional.empty();
        if (!person.canAnswer()) {
            // The input ended: nobody could say yes to a clicked element.
            return Choice.STOP;
        }
        if (typed.isEmpty()) {
            return picked.map(p -> accepted(p, wanted, step)).orElse(Choice.STOP);
        }
        List<PageElement> elements = page.elements();
        LocatorBuilder builder = new LocatorBuilder(page);
        Optional<String> refusal = Optional.empty();
        for (MissingTargets.Wanted one : wanted) {
            TypedTextChoice choice = TypedTextChoice.of(elements, typed.get(), one.kind(), StepDescription.of(step));
            if (!choice.acceptable().isEmpty()) {
                return Choice.of(choice.acceptable().stream()
                        .filter(e -> builder.build(e, language.current()).isPresent()).findFirst()
                        .orElse(choice.acceptable().get(0)), one.target());
            }
            refusal = refusal.or(choice::refusal);
        }
        person.tell(refusal.orElse("Nothing on the page that is " + wanted.get(0).kind().inWords() + " shows \""
                + typed.get() + "\"."));
        return Choice.NONE;
    }

    private Choice accepted(PageElement picked, List<MissingTargets.Wanted> wanted, Step step) {
        if (picked.facts().isForbiddenForTyping()) {
            person.tell(TypedTextChoice.forbidden(picked.facts()));
            return Choice.NONE;
        }
        for (MissingTargets.Wanted one : wanted) {
            if (one.kind().accepts(picked.facts())) {
                return Choice.of(picked, one.target());
            }
        }
        person.tell(TypedTextChoice.wrongKind(picked.facts(), wanted.get(0).kind(), StepDescription.of(step)));
        return Choice.NONE;
    }

    private String tried(List<MissingTargets.Wanted> wanted) {
        return wanted.stream().map(w -> finder.tried(w.target())).collect(Collectors.joining("; "));
    }

    private void introduce(Step step, List<MissingTargets.Wanted> wanted) {
        NeededKind kind = wanted.get(0).kind();
        StringBuilder text = new StringBuilder("Step ").append(step.number()).append(" '")
                .append(StepDescription.of(step)).append("' cannot find ")
                .append(wanted.size() == 1 ? "" : "any of ").append(tried(wanted))
                .append(" on this page: Meta may have changed it. ")
                .append(wanted.size() == 1 ? "It needs " : "'" + wanted.get(0).target() + "' needs ")
                .append(kind.inWords()).append('.');
        List<PageElement> candidates = page.elements().stream()
                .filter(e -> !e.facts().inBanner() && !e.facts().isForbiddenForTyping() && kind.accepts(e.facts()))
                .filter(e -> kind != NeededKind.VISIBLE_TEXT || e.facts().role().equals("heading"))
                .limit(CANDIDATES_SHOWN).toList();
        if (!candidates.isEmpty()) {
            text.append(" On the page now:");
            for (int i = 0; i < candidates.size(); i++) {
                text.append("\n  ").append(i + 1).append(". ").append(candidates.get(i).facts().shortDescription());
                page.highlight(candidates.get(i).element(), String.valueOf(i + 1));
            }
        }
        person.tell(text.toString());
    }

    private String keep(String target, Locator locator, Origin origin) {
        String lang = language.current();
        finder.repaired(target, locator);
        String repaired = log.add(target, locator.describe(lang));
        String where = keeper.orElseThrow().keep(new Fix(finder.packId(), target, locator, lang, Optional.of(origin),
                LocalDate.now(clock)));
        person.tell("Kept: '" + target + "' is found by " + locator.describe(lang) + " first, in this run and the "
                + "next ones (" + where + ").");
        return repaired;
    }
}
