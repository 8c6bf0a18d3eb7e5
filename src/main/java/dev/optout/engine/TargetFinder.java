package dev.optout.engine;

import dev.optout.pack.Locator;
import dev.optout.pack.Pack;
import dev.optout.pack.Target;
import dev.optout.page.BrokenLocator;
import dev.optout.page.Match;
import dev.optout.page.Page;
import dev.optout.page.Search;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds a pack's targets on the page, now or by waiting, and says precisely what was tried when it can't. */
final class TargetFinder {

    private final Pack pack;
    private final Page page;
    private final Waiter waiter;
    private final Supplier<String> language;
    /** Targets the person repaired during this run, with the new locator first. */
    private final Map<String, Target> repaired = new HashMap<>();
    /** By target: the locators the page could not evaluate at the last look for it. */
    private final Map<String, List<BrokenLocator>> broken = new HashMap<>();
    private final NewTabs tabs;

    TargetFinder(Pack pack, Page page, Waiter waiter, Supplier<String> language, NewTabs tabs) {
        this.pack = pack;
        this.page = page;
        this.waiter = waiter;
        this.language = language;
        this.tabs = tabs;
    }

    Optional<Match> now(String targetName) {
        Search search = page.search(target(targetName), language.get());
        if (search.broken().isEmpty()) {
            broken.remove(targetName);
        } else {
            broken.put(targetName, search.broken());
        }
        return search.match();
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
    }

    String packId() {
        return pack.id();
    }

    Match await(String targetName, Duration timeout) {
        return awaitAny(List.of(targetName), timeout);
    }

    /** Waits until any of the targets is present and returns the first found, in the order given. */
    Match awaitAny(List<String> targetNames, Duration timeout) {
        try {
            return waiter.until(describe(targetNames) + " to appear", timeout, () -> firstPresent(targetNames));
        } catch (WaitTimeoutException e) {
            throw new TargetNotFoundException(targetNames, "no element matched " + targetNames.stream().map(this::tried)
                    .collect(Collectors.joining("; ")) + " within " + timeout.toSeconds() + " s");
        }
    }

    /** The first target present; when none is, a tab the last click opened late may be where they are. */
    private Optional<Match> firstPresent(List<String> targetNames) {
        for (String name : targetNames) {
            Optional<Match> match = now(name);
            if (match.isPresent()) {
                return match;
            }
        }
        tabs.followOpened();
        return Optional.empty();
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

    /** The field's name as the person reads it on the page: the first locator that carries a text. */
    String humanName(String targetName) {
        Target target = target(targetName);
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
