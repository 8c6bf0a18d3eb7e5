package dev.optout.engine;

import dev.optout.page.DialogOpenException;
import dev.optout.page.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A click may open a new tab (a link with {@code target=_blank}, a {@code window.open}): the run moves into that
 * tab, as the person's eyes would, and every check applies there as in the first (the origin before each typing and
 * each send). Only a tab that appears right after a click of the tool's is followed, never one the person opened.
 */
final class NewTabs {

    /** How long after a click a tab it opened may still show up (Chromium lists it at once, other browsers later). */
    private static final Duration LATE_TAB = Duration.ofSeconds(5);

    private final Page page;
    private final Clock clock;
    private Set<String> beforeClick = Set.of();
    private Instant watchedUntil = Instant.MIN;

    NewTabs(Page page, Clock clock) {
        this.page = page;
        this.clock = clock;
    }

    /** Right before a click: the tabs the browser has now are not the click's. */
    void beforeClick() {
        beforeClick = page.tabs();
        watchedUntil = Instant.MIN;
    }

    /** Right after the click: moves into the tab it opened, if it opened one; else watches for one a while. */
    Optional<String> afterClick() {
        watchedUntil = clock.instant().plus(LATE_TAB);
        return followOpened();
    }

    /** While a run waits shortly after a click: moves into a tab the click opened late. */
    Optional<String> followOpened() {
        if (clock.instant().isAfter(watchedUntil)) {
            return Optional.empty();
        }
        Set<String> now;
        try {
            now = page.tabs();
        } catch (DialogOpenException answeredFirst) {
            // The click opened a JavaScript dialog instead, for the person to answer; the watch goes on after it.
            return Optional.empty();
        }
        Optional<String> opened = now.stream().filter(tab -> !beforeClick.contains(tab)).findFirst();
        opened.ifPresent(tab -> {
            page.followTab(tab);
            watchedUntil = Instant.MIN;
        });
        return opened;
    }
}
