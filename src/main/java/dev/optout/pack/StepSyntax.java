package dev.optout.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which keys each step type takes in a pack file. The schema says the same; a test keeps the two in step. */
final class StepSyntax {

    /** Step type → the keys it takes besides its own and the common ones, in the order packs write them. */
    static final Map<String, List<String>> PARAMETERS = parameters();
    static final List<String> TYPES = List.copyOf(PARAMETERS.keySet());
    static final List<String> COMMON = List.of("name", "optional", "when", "submits", "sends", "timeout");
    /** Not a step of its own: replaced at load by the steps of the pack it names. */
    static final String INCLUDE = "include";
    /** Not a step of its own: replaced at load by the steps of a library's fragment, its parameters filled in. */
    static final String USE = "use";
    static final Map<String, List<String>> REQUIRED = Map.of("fill", List.of("value"), "select", List.of("value"));

    private StepSyntax() {
    }

    private static Map<String, List<String>> parameters() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("open", List.of());
        map.put("wait-for", List.of());
        map.put("click", List.of());
        map.put("fill", List.of("value"));
        map.put("select", List.of("value"));
        map.put("check", List.of());
        map.put("uncheck", List.of());
        map.put("press", List.of("target"));
        map.put("confirm", List.of());
        map.put("wait-for-person", List.of("until"));
        map.put("ask", List.of("message"));
        map.put("verify", List.of());
        map.put(INCLUDE, List.of());
        map.put(USE, List.of("with"));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Every key allowed in a step of this type, in a readable order. */
    static List<String> allowedKeys(String type) {
        List<String> keys = new ArrayList<>();
        keys.add(type);
        keys.addAll(PARAMETERS.get(type));
        keys.addAll(commonKeys(type));
        return keys;
    }

    /**
     * The common keys a step type takes. An include or a use takes only a name: a guard is checked step by step on
     * the page as it is then, so it cannot switch a whole included pack or fragment on or off, and the other keys
     * belong to single steps.
     */
    static List<String> commonKeys(String type) {
        return isExpanded(type) ? List.of("name") : COMMON;
    }

    /** Whether a step type stands for other steps, which replace it when the pack loads. */
    static boolean isExpanded(String type) {
        return type.equals(INCLUDE) || type.equals(USE);
    }

    /** Keys that are parameters of some step type or common to all: not candidates for a misspelt type. */
    static boolean isKnownNonTypeKey(String key) {
        return COMMON.contains(key) || Set.of("value", "target", "until", "message", "with").contains(key);
    }

    static String knownTypes() {
        return String.join(", ", TYPES);
    }
}
