package dev.optout.engine;

import dev.optout.pack.Locator;
import dev.optout.pack.Pack;
import dev.optout.pack.Target;
import dev.optout.page.Look;
import dev.optout.page.Match;
import dev.optout.page.Page;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds a pack's targets on the page, now or by waiting, and says precisely what was tried when it can't. */
final class TargetFinder {

    private final Pack pack;
    private final Page page;
    private final Waiter waiter;
    private final Supplier<String> language;
    private Optional<Look> stepStart = Optional.empty();

    TargetFinder(Pack pack, Page page, Waiter waiter, Supplier<String> language) {
        this.pack = pack;
        this.page = page;
        this.waiter = waiter;
        this.language = language;
    }

    Optional<Match> now(String targetName) {
        return page.find(pack.target(targetName), language.get());
    }

    /**
     * One look at the page for these targets (see {@link Page#look}), with their field states when asked. The first
     * look of a step may be the one the runner took as the step began ({@link #lookAsStepBegins}).
     */
    Look look(List<String> targetNames, boolean describe) {
        Optional<Look> taken = stepStart.flatMap(seen -> seen.only(targetNames));
        stepStart = Optional.empty();
        return taken.orElseGet(() -> lookAfresh(targetNames, describe));
    }

    /**
     * The look the runner takes as a step begins, at the step's guard and its own targets, with their field states.
     * Nothing touches the page between it and the step's first look at them, which this one then is: one round trip
     * fewer per step. Any later look asks the page again.
     */
    Look lookAsStepBegins(List<String> targetNames) {
        stepStart = Optional.empty();
        Look seen = lookAfresh(targetNames, true);
        stepStart = Optional.of(seen);
        return seen;
    }

    private Look lookAfresh(List<String> targetNames, boolean describe) {
        return page.look(targetNames.stream().map(pack::target).toList(), language.get(), describe);
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
        return awaitLook(targetNames, timeout, describe, waiter::until);
    }

    /** As {@link #awaitAny}, for a page the person changes: looked at less often. */
    Match awaitPerson(List<String> targetNames, Duration timeout) {
        return awaitLook(targetNames, timeout, false, waiter::untilPersonActs).firstMatch().orElseThrow();
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

    private Look awaitLook(List<String> targetNames, Duration timeout, boolean describe, WaitLoop loop) {
        try {
            return loop.until(describe(targetNames) + " to appear", timeout,
                    () -> Optional.of(look(targetNames, describe)).filter(seen -> seen.firstMatch().isPresent()));
        } catch (WaitTimeoutException e) {
            throw new TargetNotFoundException("no element matched " + targetNames.stream().map(this::tried)
                    .collect(Collectors.joining("; ")) + " within " + timeout.toSeconds() + " s");
        }
    }

    /** {@link Waiter#until} or {@link Waiter#untilPersonActs}. */
    @FunctionalInterface
    private interface WaitLoop {
        Look until(String what, Duration timeout, Supplier<Optional<Look>> probe);
    }

    /** A target with every locator it is tried with, as the page language reads them: {@code 'send' [role=…]}. */
    String tried(String targetName) {
        String lang = language.get();
        return "'" + targetName + "' " + pack.target(targetName).locators().stream().map(l -> l.describe(lang))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(List<String> names) {
        return names.size() == 1 ? "target '" + names.get(0) + "'" : "any of " + names;
    }

    /** The field's name as the person reads it on the page: the first locator that carries a text. */
    String humanName(String targetName) {
        Target target = pack.target(targetName);
        String lang = language.get();
        for (Locator locator : target.locators()) {
            switch (locator.kind()) {
                case LABEL, ROLE, PLACEHOLDER, TEXT -> {
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
}
