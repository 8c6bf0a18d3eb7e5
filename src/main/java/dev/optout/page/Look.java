package dev.optout.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One look at the page: its address and language at that moment and, for each target asked about, in the order
 * asked, what was found for it and, when asked for, the found element's field state. Taken in one round trip to the
 * browser, so a step can check its guard, its host and its read-back from one consistent view of the page.
 *
 * @param language the primary subtag of {@code <html lang>}, lower case; {@code en} when the page declares none
 * @param targets  the names of the targets asked about, in the order asked
 * @param matches  per target asked about, its match, or empty when none of its locators matched
 * @param fields   per target asked about, the matched element's state; empty when not found or not asked for
 * @param broken   per target asked about, the locators the page could not evaluate (see {@link Search})
 */
public record Look(String url, String language, List<String> targets, List<Optional<Match>> matches,
                   List<Optional<FieldState>> fields, List<List<BrokenLocator>> broken) {

    public Look {
        if (matches.size() != targets.size() || fields.size() != targets.size() || broken.size() != targets.size()) {
            throw new IllegalArgumentException("a look has one match, field state and list of broken locators per "
                    + "target");
        }
        targets = List.copyOf(targets);
        matches = List.copyOf(matches);
        fields = List.copyOf(fields);
        broken = broken.stream().map(List::copyOf).toList();
    }

    /** The same look, narrowed to these targets in this order; empty when it did not look at one of them. */
    public Optional<Look> only(List<String> names) {
        if (!targets.containsAll(names)) {
            return Optional.empty();
        }
        List<Optional<Match>> narrowedMatches = new ArrayList<>();
        List<Optional<FieldState>> narrowedFields = new ArrayList<>();
        List<List<BrokenLocator>> narrowedBroken = new ArrayList<>();
        for (String name : names) {
            int i = targets.indexOf(name);
            narrowedMatches.add(matches.get(i));
            narrowedFields.add(fields.get(i));
            narrowedBroken.add(broken.get(i));
        }
        return Optional.of(new Look(url, language, names, narrowedMatches, narrowedFields, narrowedBroken));
    }

    /** The match of the first target, in the order asked, that was found. */
    public Optional<Match> firstMatch() {
        return matches.stream().flatMap(Optional::stream).findFirst();
    }

    /** The match of the target with this name. */
    public Optional<Match> match(String target) {
        return matches.stream().flatMap(Optional::stream).filter(m -> m.target().equals(target)).findFirst();
    }

    /** The field state of the element found for the target with this name. */
    public Optional<FieldState> field(String target) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).filter(m -> m.target().equals(target)).isPresent()) {
                return fields.get(i);
            }
        }
        return Optional.empty();
    }
}
