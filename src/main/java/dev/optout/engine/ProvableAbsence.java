package dev.optout.engine;

import dev.optout.pack.Languages;
import dev.optout.pack.Locator;
import dev.optout.pack.LocatorKind;
import dev.optout.pack.Target;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When waiting longer cannot help: on a page in a language none of a target's texts is written in, the texts look for
 * words the page does not show, and its structural locator looks at a page that has settled. Such a wait ends once the
 * page has had {@link #SETTLE} to render, not after the step's full timeout, so that the person is asked to repair it
 * (or the step fails) at once. A target with any locator that compares no words of a language (a test id, a CSS or
 * XPath selector, a name attribute) may show any moment and is waited for in full.
 */
final class ProvableAbsence {

    /** Long enough for a page that is still rendering its form to show it; short beside a step's 15 s. */
    static final Duration SETTLE = Duration.ofSeconds(3);

    private ProvableAbsence() {
    }

    /** How long the wait for these targets may last: the step's timeout, or {@link #SETTLE} when it cannot help. */
    static Duration limit(List<Target> targets, String language, Duration timeout) {
        return provablyAbsent(targets, language) && SETTLE.compareTo(timeout) < 0 ? SETTLE : timeout;
    }

    /** Why a wait was cut short, for its failure: empty when it was not. */
    static Optional<String> reason(List<Target> targets, String language, Duration timeout) {
        if (limit(targets, language, timeout).equals(timeout)) {
            return Optional.empty();
        }
        return Optional.of("the page is in " + Languages.englishName(language) + " (" + language + "), which "
                + (targets.size() == 1 ? "this target's texts lack" : "these targets' texts lack")
                + ", and the page had settled; optout did not wait the full " + timeout.toSeconds() + " s");
    }

    private static boolean provablyAbsent(List<Target> targets, String language) {
        return !targets.isEmpty() && targets.stream().allMatch(t -> unreadable(t, language));
    }

    /** Every locator compares words the page's language lacks, or the form's structure; at least one compares words. */
    private static boolean unreadable(Target target, String language) {
        List<Locator> locators = target.locators();
        return locators.stream().anyMatch(l -> l.kind().comparesWords())
                && locators.stream().allMatch(l -> l.kind() == LocatorKind.STRUCTURE
                        || l.kind().comparesWords() && l.value().isLocalized() && !l.value().speaks(language));
    }
}
