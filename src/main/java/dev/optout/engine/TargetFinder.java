package dev.optout.engine;

import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Pack;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.Element;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.PageException;
import dev.optout.page.Search;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds a pack's targets on the page, now or by waiting, and says precisely what was tried when it can't. */
final class TargetFinder {

    /** Reuse a look only this long: past it, a person may have done something in the browser meanwhile. */
    private static final Duration STILL_CURRENT = Duration.ofMillis(100);

    private final Pack pack;
    private final WatchedPage page;
    private final Waiter waiter;
    private final Supplier<String> language;
    /** Targets the person repaired during this run, with the new locator first, and those the run adopted. */
    private final Map<String, Target> repaired = new HashMap<>();
    private final Clock clock;
    /** By target: the locators the page could not evaluate at the last look for it. */
    private final Map<String, List<BrokenLocator>> broken = new HashMap<>();
    private final NewTabs tabs;
    private Optional<Seen> last = Optional.empty();
    /** By target: the element its last look found by the form's structure, and how the page names it (see humanName). */
    private final Map<String, Match> foundByStructure = new HashMap<>();
    private final Map<Element, String> shownNames = new HashMap<>();

    TargetFinder(Pack pack, WatchedPage page, Waiter waiter, Supplier<String> language, NewTabs tabs, Clock clock) {
        this.pack = pack;
        this.page = page;
        this.waiter = waiter;
        this.language = language;
        this.tabs = tabs;
        this.clock = clock;
    }

    Optional<Match> now(String targetName) {
        Search search = page.search(target(targetName), language.get());
        noteBroken(targetName, search.broken());
        search.match().ifPresent(this::noteFound);
        return search.match();
    }

    private void noteBroken(String targetName, List<BrokenLocator> refused) {
        if (refused.isEmpty()) {
            broken.remove(targetName);
        } else {
            broken.put(targetName, refused);
        }
    }

    /**
     * One look at the page for these targets (see {@link Page#look}), with their field states when asked. The last
     * look serves again when it saw these targets, nothing was sent since that may have changed the page (see
     * {@link WatchedPage}) and it is younger than {@link #STILL_CURRENT}: one round trip fewer for a step that
     * follows a step which left the page alone.
     */
    Look look(List<String> targetNames, boolean describe) {
        return stillCurrent(targetNames, describe).orElseGet(() -> lookAfresh(targetNames, describe));
    }

    /** One look at the page, asked of the browser whatever was seen before: the read-back right before a send. */
    Look lookAfresh(List<String> targetNames, boolean describe) {
        long changes = page.changes();
        Instant at = clock.instant();
        String lang = language.get();
        Look seen = page.look(targetNames.stream().map(this::target).toList(), lang, describe);
        for (int i = 0; i < targetNames.size(); i++) {
            noteBroken(targetNames.get(i), seen.broken().get(i));
            seen.matches().get(i).ifPresent(this::noteFound);
        }
        last = Optional.of(new Seen(seen, changes, at, lang, describe));
        return seen;
    }

    private Optional<Look> stillCurrent(List<String> targetNames, boolean describe) {
        return last.filter(s -> s.changes() == page.changes() && (s.described() || !describe)
                        && Duration.between(s.at(), clock.instant()).compareTo(STILL_CURRENT) <= 0
                        && s.language().equals(language.get()))
                .flatMap(s -> s.look().only(targetNames));
    }

    /**
     * A look, with the count of page changes before it, when it was asked for, the language its texts were in, and
     * whether it described the fields.
     */
    private record Seen(Look look, long changes, Instant at, String language, boolean described) {
    }

    /** The target as this run finds it: the pack's, or the person's repair of it. */
    Target target(String targetName) {
        Target own = repaired.get(targetName);
        return own != null ? own : pack.target(targetName);
    }

    /** From now on the target is found by {@code locator} first, then by its other locators. */
    void repaired(String targetName, Locator locator) {
        List<Locator> locators = new ArrayList<>();
        locators.add(locator);
        target(targetName).locators().stream().filter(l -> !l.equals(locator)).forEach(locators::add);
        repaired.put(targetName, new Target(targetName, locators));
        // A look taken with the old locators must not answer for the new ones.
        last = Optional.empty();
    }

    /** Whether the pack (or a repair in this run) has a target of this name. */
    boolean knows(String targetName) {
        return repaired.containsKey(targetName) || pack.targets().containsKey(targetName);
    }

    /**
     * A target the run found by itself, not the pack's: a required field of the page that no step fills. From now
     * on it is found like the pack's own.
     */
    void adopt(Target target) {
        repaired.put(target.name(), target);
        last = Optional.empty();
    }

    String packId() {
        return pack.id();
    }

    Match await(String targetName, Duration timeout) {
        return awaitAny(List.of(targetName), timeout);
    }

    /** Waits until any of the targets is present and returns the first found, in the order given. */
    Match awaitAny(List<String> targetNames, Duration timeout) {
        return awaitLook(targetNames, timeout, false).firstMatch().orElseThrow();
    }

    /**
     * As {@link #awaitAny}, with the look that found it: the page's address at that moment, and the found element's
     * field state when {@code describe}.
     */
    Look awaitLook(List<String> targetNames, Duration timeout, boolean describe) {
        return awaitLook(targetNames, timeout, describe, waiter::until, true);
    }

    /** As {@link #awaitAny}, for a page the person changes: looked at less often. */
    Match awaitPerson(List<String> targetNames, Duration timeout) {
        // A person takes as long as they take (a login): never cut short.
        return awaitLook(targetNames, timeout, false, waiter::untilPersonActs, false).firstMatch().orElseThrow();
    }

    /** The match found a moment ago first, then, on each later call, the target found afresh: for retries. */
    Supplier<Optional<Match>> thenAfresh(Match found) {
        return firstThen(Optional.of(found), () -> now(found.target()));
    }

    /** {@code first} on the first call, then whatever {@code then} gives: a retry loop's first try reuses a look. */
    static <T> Supplier<T> firstThen(T first, Supplier<T> then) {
        Iterator<T> once = List.of(first).iterator();
        return () -> once.hasNext() ? once.next() : then.get();
    }

    /** @param settles whether the page alone is awaited, so the wait may end once it has settled */
    private Look awaitLook(List<String> targetNames, Duration timeout, boolean describe, WaitLoop loop,
                           boolean settles) {
        List<Target> targets = targetNames.stream().map(this::target).toList();
        String lang = language.get();
        Duration limit = settles ? ProvableAbsence.limit(targets, lang, timeout) : timeout;
        try {
            return loop.until(describe(targetNames) + " to appear", limit,
                    () -> firstPresent(targetNames, describe));
        } catch (WaitTimeoutException e) {
            throw new TargetNotFoundException(targetNames, "no element matched " + targetNames.stream().map(this::tried)
                    .collect(Collectors.joining("; ")) + " within " + limit.toSeconds() + " s"
                    + (settles ? ProvableAbsence.reason(targets, lang, timeout).map(why -> " (" + why + ")")
                    .orElse("") : ""));
        }
    }

    /** A look that found a target; when none is there, a tab the last click opened late may be where they are. */
    private Optional<Look> firstPresent(List<String> targetNames, boolean describe) {
        Look seen = look(targetNames, describe);
        if (seen.firstMatch().isPresent()) {
            return Optional.of(seen);
        }
        tabs.followOpened();
        return Optional.empty();
    }

    /** {@link Waiter#until} or {@link Waiter#untilPersonActs}. */
    @FunctionalInterface
    private interface WaitLoop {
        Look until(String what, Duration timeout, Supplier<Optional<Look>> probe);
    }

    /**
     * A target with every locator it is tried with, as the page language reads them: {@code 'send' [role=…]}. A
     * locator the page could not evaluate at the last look says why: {@code css=a:has( (the browser refused it: …)}.
     */
    String tried(String targetName) {
        String lang = language.get();
        List<BrokenLocator> refused = broken.getOrDefault(targetName, List.of());
        return "'" + targetName + "' " + target(targetName).locators().stream()
                .map(l -> l.describe(lang) + refused.stream().filter(b -> b.locator().equals(l)).findFirst()
                        .map(b -> " (the browser refused it: " + b.problem() + ")").orElse(""))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(List<String> names) {
        return names.size() == 1 ? "target '" + names.get(0) + "'" : "any of " + names;
    }

    private void noteFound(Match match) {
        if (match.locator().kind() == LocatorKind.STRUCTURE) {
            foundByStructure.put(match.target(), match);
        } else {
            foundByStructure.remove(match.target());
        }
    }

    /**
     * The field's name as the person reads it on the page: for a field found by the form's structure (on a page in
     * words the pack does not know), the page's own name for it (its label, placeholder or the text before it);
     * otherwise, and when the page names it not at all, the first locator that carries a text.
     */
    String humanName(String targetName) {
        Match structural = foundByStructure.get(targetName);
        if (structural != null) {
            Optional<String> shown = shownName(structural.element());
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        Target target = target(targetName);
        String lang = language.get();
        for (Locator locator : target.locators()) {
            switch (locator.kind()) {
                case LABEL, ROLE, PLACEHOLDER, TITLE, NEAR_TEXT, TEXT -> {
                    Optional<String> text = locator.value().in(lang).filter(t -> !t.isBlank());
                    if (text.isPresent()) {
                        return text.get();
                    }
                }
                default -> {
                }
            }
        }
        return targetName;
    }

    /** The page's own name for an element, asked once per element: none when it has none or the page cannot say. */
    private Optional<String> shownName(Element element) {
        String known = shownNames.get(element);
        if (known == null) {
            try {
                known = page.facts(element).shownName().strip();
            } catch (PageException unreadable) {
                return Optional.empty();
            }
            shownNames.put(element, known);
        }
        return Optional.of(known).filter(name -> !name.isEmpty());
    }
}
