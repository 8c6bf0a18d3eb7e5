package dev.optout.pack;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The strict check of {@code optout validate --strict}: every target needs a fallback, so that one reworded label or
 * one changed attribute on Meta's page does not end a run. A target has one when it has at least two locators of
 * different kinds (role and name, then text; a label, then role and name), or a stable hook plus any other: a
 * {@code testid}, or CSS keyed on a {@code data-*} attribute such as {@code data-cookiebanner}, which sites keep for
 * their own tests and scripts.
 */
final class FallbackCheck {

    private FallbackCheck() {
    }

    /**
     * The targets a pack or library file defines itself that have no fallback, each placed at its name. Targets from
     * libraries and included packs are their own files' business.
     */
    static List<PackError> check(String sourceName, String yamlText) {
        return check(new PackFile(sourceName, yamlText));
    }

    /** The same, for a file whose tree may have been read already. */
    static List<PackError> check(PackFile file) {
        String sourceName = file.source();
        SourceTree tree = file.tree();
        // Loading the file judged its selectors; here only the kinds of its locators count.
        Problems ignored = new Problems(sourceName, tree);
        Map<String, Target> targets = new TargetReader(ignored, ContentChecks.SKIP).read(tree.root().isObject()
                ? tree.root().path("targets") : MissingNode.getInstance());
        List<PackError> findings = new ArrayList<>();
        targets.values().forEach(target -> weakness(target).ifPresent(why -> {
            Position at = tree.keyAt(Pointers.child("/targets", target.name()));
            findings.add(new PackError(sourceName, at.line(), at.column(), OptionalInt.empty(), "target '"
                    + target.name() + "' has no fallback: " + why));
        }));
        return findings;
    }

    /** Why a target has no fallback, or empty when it has one. */
    static java.util.Optional<String> weakness(Target target) {
        List<Locator> locators = target.locators();
        if (locators.size() == 1) {
            return java.util.Optional.of("its only locator is " + locators.get(0).describe("en") + "; add one of "
                    + "another kind (role and name, label, text, ...) after it");
        }
        Set<LocatorKind> kinds = EnumSet.noneOf(LocatorKind.class);
        locators.forEach(locator -> kinds.add(locator.kind()));
        if (kinds.size() > 1 || locators.stream().anyMatch(FallbackCheck::isStableHook)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("its " + locators.size() + " locators are all of the kind "
                + locators.get(0).kind().key() + "; add one of another kind, or a testid or data-* hook");
    }

    private static boolean isStableHook(Locator locator) {
        return locator.kind() == LocatorKind.TESTID || locator.kind() == LocatorKind.CSS
                && locator.value().byLanguage().values().stream().allMatch(SelectorCheck::keysOnDataAttribute);
    }
}
