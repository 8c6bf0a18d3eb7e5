package dev.optout.engine;

import dev.optout.page.Page;
import java.util.Optional;

/** The language a run matches the page in: {@code --locale} when given, else the page's own, read afresh. */
final class RunLanguage {

    private final Optional<String> fixed;
    private final Page page;
    private String current = "en";

    RunLanguage(Optional<String> fixed, Page page) {
        this.fixed = fixed;
        this.page = page;
    }

    String current() {
        return current;
    }

    /**
     * Takes the page language a look at the page just read, unless {@code --locale} fixed it; whether the run's
     * language changed.
     */
    boolean adopt(String pageLanguage) {
        String next = fixed.orElse(pageLanguage);
        boolean changed = !next.equals(current);
        current = next;
        return changed;
    }

    /** Reads the page language afresh: a redirect or a login may change it. */
    void refresh() {
        current = fixed.orElseGet(page::language);
    }
}
