package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code targets} map of a pack or a library, checking each locator's kind and, unless the content checks
 * are skipped, its selector's syntax.
 */
final class TargetReader {

    private final Problems problems;
    private final ContentChecks checks;

    TargetReader(Problems problems, ContentChecks checks) {
        this.problems = problems;
        this.checks = checks;
    }

    /** The targets that have at least one usable locator; the others are reported or already were by the schema. */
    Map<String, Target> read(JsonNode map) {
        Map<String, Target> targets = new LinkedHashMap<>();
        map.fields().forEachRemaining(entry -> {
            String pointer = Pointers.child("/targets", entry.getKey());
            List<Locator> locators = new ArrayList<>();
            JsonNode list = entry.getValue();
            for (int i = 0; i < list.size(); i++) {
                readLocator(list.get(i), Pointers.child(pointer, i)).ifPresent(locators::add);
            }
            if (!locators.isEmpty()) {
                targets.put(entry.getKey(), new Target(entry.getKey(), locators));
            }
        });
        return targets;
    }

    private Optional<Locator> readLocator(JsonNode node, String pointer) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (node.has("role")) {
            List<String> others = kindKeys(node).stream().filter(key -> !key.equals("role") && !key.equals("name"))
                    .toList();
            if (!others.isEmpty()) {
                return moreThanOneKind(pointer, others.get(0), "role", others);
            }
            Optional<LocalizedText> name = node.has("name") ? PackBuilder.localized(node.get("name"))
                    : Optional.of(LocalizedText.of(""));
            return PackBuilder.text(node.get("role")).flatMap(role -> name.map(n -> Locator.role(role, n)));
        }
        List<String> kinds = kindKeys(node);
        if (kinds.isEmpty()) {
            problems.at(pointer, "a locator needs one of: " + allKindKeys());
            return Optional.empty();
        }
        if (kinds.size() > 1) {
            return moreThanOneKind(pointer, kinds.get(1), kinds.get(0), kinds.subList(1, kinds.size()));
        }
        LocatorKind kind = LocatorKind.byKey(kinds.get(0)).orElseThrow();
        String valuePointer = Pointers.child(pointer, kind.key());
        Optional<LocalizedText> value = PackBuilder.localized(node.get(kind.key()));
        value.filter(text -> checks.run()).ifPresent(text -> text.byLanguage().values().stream().filter(variant -> !ControlCharacters.any(variant))
                .forEach(variant -> SelectorCheck.problem(kind, variant)
                        .ifPresent(problem -> problems.at(valuePointer, problem))));
        if (kind == LocatorKind.STRUCTURE && value.isPresent() && !knownStructure(value.get(), valuePointer)) {
            return Optional.empty();
        }
        return value.map(text -> new Locator(kind, text, Optional.empty()));
    }

    /** A structure is one word of a closed list, the same in every language. */
    private boolean knownStructure(LocalizedText value, String pointer) {
        if (value.isLocalized()) {
            // The schema has said it: a structure is one string, the same in every language.
            return false;
        }
        String key = value.in(LocalizedText.ANY_LANGUAGE).orElse("");
        if (Structure.byKey(key).isPresent()) {
            return true;
        }
        problems.at(pointer, "unknown structure '" + key + "'" + DidYouMean.closest(key, Structure.keys())
                .map(k -> " (did you mean '" + k + "'?)").orElse("") + "; known: " + String.join(", ",
                Structure.keys()));
        return false;
    }

    private Optional<Locator> moreThanOneKind(String pointer, String key, String first, List<String> others) {
        problems.atKey(Pointers.child(pointer, key), "a locator has exactly one kind, but this one has " + first
                + " and " + String.join(", ", others) + " (make them separate locators in the list)");
        return Optional.empty();
    }

    private static List<String> kindKeys(JsonNode node) {
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(key -> LocatorKind.byKey(key).ifPresent(kind -> kinds.add(key)));
        return kinds;
    }

    private static String allKindKeys() {
        return String.join(", ", Arrays.stream(LocatorKind.values()).map(LocatorKind::key).toList());
    }
}
