package dev.optout.page;

import java.util.List;
import java.util.Optional;

/** What one look for a target found: the first match, if any, and the locators the page could not evaluate. */
public record Search(Optional<Match> match, List<BrokenLocator> broken) {

    public Search {
        broken = List.copyOf(broken);
    }
}
