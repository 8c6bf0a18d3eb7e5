package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Element;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageElement;
import dev.optout.page.PageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the person can do when a required target is missing and nobody repaired it. {@code optout fix} is suggested
 * only where the target plausibly is on this page under other words: the page shows an element of the kind the step
 * needs that none of the pack's other targets claims, named by a text the person can see. Otherwise the form is not
 * where the pack expects it (behind a button, in a dialog, behind a "Next"), and the advice says what the page shows
 * instead, its headings and buttons, and how to go on from there.
 */
final class MissingTargetAdvice {

    private static final int NAMES_LISTED = 6;

    private final Page page;
    private final TargetFinder finder;
    private final MissingTargets targets;

    MissingTargetAdvice(Page page, TargetFinder finder, MissingTargets targets) {
        this.page = page;
        this.finder = finder;
        this.targets = targets;
    }

    /** The sentence that ends the failure, if there is anything to advise. */
    Optional<String> about(Step step, TargetNotFoundException missing) {
        if (missing.missing().isEmpty() || step.common().optional()) {
            return Optional.empty();
        }
        MissingTargets.Wanted wanted = targets.wanted(step, missing.missing()).get(0);
        List<PageElement> shown;
        try {
            shown = page.elements().stream().filter(e -> !e.facts().inBanner()).toList();
        } catch (PageException unreadable) {
            return Optional.empty();
        }
        List<PageElement> candidates = candidates(wanted, shown);
        Optional<String> naming = naming(candidates);
        if (candidates.isEmpty() || naming.isEmpty()) {
            return Optional.of(elsewhere(wanted, shown));
        }
        return Optional.of("if Meta changed the page, put " + naming.get() + " in place of … and run: optout fix "
                + finder.packId() + " " + wanted.target() + " --text \"…\"");
    }

    /**
     * What on the page could be the target under other words: of the kind the step needs, not claimed by another
     * target of the pack, and for a page marker (a wait's heading) a heading. A page without any field at all has
     * none for a field: the form is elsewhere.
     */
    private List<PageElement> candidates(MissingTargets.Wanted wanted, List<PageElement> shown) {
        List<PageElement> fitting = shown.stream().filter(e -> !e.facts().isForbiddenForTyping())
                .filter(e -> wanted.kind().accepts(e.facts()))
                .filter(e -> wanted.kind() != NeededKind.VISIBLE_TEXT || e.facts().role().equals("heading"))
                .toList();
        boolean anyField = shown.stream().anyMatch(e -> e.facts().isField() && !e.facts().isForbiddenForTyping());
        if (fitting.isEmpty() || (!anyField && wanted.kind() != NeededKind.CLICKABLE)) {
            return List.of();
        }
        Set<Element> claimed = claimedByOthers(wanted.target());
        return fitting.stream().filter(e -> !claimed.contains(e.element())).toList();
    }

    private Set<Element> claimedByOthers(String target) {
        List<String> others = targets.actedOn().stream().filter(t -> !t.equals(target)).sorted().toList();
        if (others.isEmpty()) {
            return Set.of();
        }
        try {
            return finder.lookAfresh(others, false).matches().stream().flatMap(Optional::stream)
                    .map(Match::element).collect(Collectors.toSet());
        } catch (PageException unreadable) {
            return Set.of();
        }
    }

    /** How the person can tell optout which element it is: by a text they see on it, if it shows any. */
    private static Optional<String> naming(List<PageElement> candidates) {
        if (candidates.stream().anyMatch(e -> !e.facts().label().isEmpty() || !e.facts().name().isEmpty()
                && !e.facts().name().equals(e.facts().placeholder()) || !e.facts().text().isEmpty())) {
            return Optional.of("the text you see on it in the browser (its label, button text or message)");
        }
        if (candidates.stream().anyMatch(e -> !e.facts().placeholder().isEmpty())) {
            return Optional.of("the grey hint text you see inside the field in the browser (the page shows no "
                    + "label for it)");
        }
        return Optional.empty();
    }

    /** The form is not where the pack expects it: what the page shows instead, and how to go on. */
    private static String elsewhere(MissingTargets.Wanted wanted, List<PageElement> shown) {
        List<String> headings = names(shown, "heading");
        List<String> buttons = names(shown, "button");
        String showing = headings.isEmpty() && buttons.isEmpty()
                ? "this page shows no heading and no button (is it still loading, or empty?)"
                : "this page shows " + listed("heading", headings) + (headings.isEmpty() || buttons.isEmpty() ? ""
                : " and ") + listed("button", buttons);
        return "the page shows nothing optout could take for '" + wanted.target() + "' (" + wanted.kind().inWords()
                + "): the form is not where the pack expects it. Instead, " + showing + ". If the form opens behind "
                + "one of these (a button, a dialog, a \"Next\" step), open it in the browser and run again; the page's "
                + "outline (outline.json beside the report, without any of your values) lets the pack's maintainers "
                + "repair it";
    }

    private static List<String> names(List<PageElement> shown, String role) {
        List<String> names = new ArrayList<>();
        for (PageElement element : shown) {
            String name = element.facts().name().isEmpty() ? element.facts().text() : element.facts().name();
            if (element.facts().role().equals(role) && !name.isBlank() && !names.contains(name)) {
                names.add(name.length() > 80 ? name.substring(0, 80) + "…" : name);
            }
        }
        return names;
    }

    private static String listed(String what, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = names.stream().limit(NAMES_LISTED).map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        return (names.size() == 1 ? "the " + what + " " : "the " + what + "s ") + shown
                + (names.size() > NAMES_LISTED ? " and " + (names.size() - NAMES_LISTED) + " more" : "");
    }
}
