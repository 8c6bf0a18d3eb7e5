package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code fragments} of a library: each declares its parameters, and every {@code {{parameter}}} its steps
 * write must be one of them, every one of them written somewhere. The steps themselves were judged by the schema; what
 * depends on the values (targets, URLs, the order of confirm and send) is judged where a pack uses the fragment.
 */
final class FragmentReader {

    private final SourceTree tree;
    private final Problems problems;
    private final String library;
    private final String source;

    FragmentReader(SourceTree tree, Problems problems, String library, String source) {
        this.tree = tree;
        this.problems = problems;
        this.library = library;
        this.source = source;
    }

    Map<String, Fragment> read(JsonNode fragments) {
        Map<String, Fragment> read = new LinkedHashMap<>();
        fragments.fields().forEachRemaining(entry -> {
            String pointer = Pointers.child("/fragments", entry.getKey());
            JsonNode node = entry.getValue();
            if (node.path("steps").isArray()) {
                List<String> params = PackBuilder.strings(node.path("params"));
                checkSteps(entry.getKey(), node.path("steps"), Pointers.child(pointer, "steps"));
                checkParameters(entry.getKey(), params, node, pointer);
                read.put(entry.getKey(), new Fragment(entry.getKey(), library, params, node.path("steps"), tree,
                        source));
            }
        });
        return read;
    }

    /** A library holds no pack, so its fragments include none. */
    private void checkSteps(String name, JsonNode steps, String pointer) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).has(StepSyntax.INCLUDE)) {
                problems.atKey(Pointers.child(Pointers.child(pointer, i), StepSyntax.INCLUDE), "a fragment cannot "
                        + "include a pack; include it in the pack that uses the fragment '" + name + "'");
            }
        }
    }

    private void checkParameters(String name, List<String> params, JsonNode node, String pointer) {
        Set<String> used = new LinkedHashSet<>();
        FragmentParameters.eachText(node.path("steps"), Pointers.child(pointer, "steps"), (text, at) -> {
            if (FragmentParameters.malformed(text)) {
                problems.at(at, "a parameter is written {{name}}, its name in lowercase letters, digits, '-' and '_' "
                        + "without spaces");
            }
            for (String reference : FragmentParameters.references(text)) {
                used.add(reference);
                if (!params.contains(reference)) {
                    problems.at(at, "'{{" + reference + "}}' is not a parameter of the fragment '" + name + "'"
                            + DidYouMean.closest(reference, params).map(c -> "; did you mean '" + c + "'?").orElse("")
                            + " (its parameters: " + (params.isEmpty() ? "none" : String.join(", ", params)) + ")");
                }
            }
        });
        for (int i = 0; i < params.size(); i++) {
            if (!used.contains(params.get(i))) {
                problems.at(Pointers.child(Pointers.child(pointer, "params"), i), "the parameter '" + params.get(i)
                        + "' is not used by any step of the fragment '" + name + "'; remove it or use it as {{"
                        + params.get(i) + "}}");
            }
        }
    }
}
