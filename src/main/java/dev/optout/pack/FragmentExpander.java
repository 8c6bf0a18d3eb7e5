package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces a pack's {@code use} steps by the steps of the fragments they name, parameters filled in, fragments used
 * by fragments included. Each expanded step keeps the place where its fragment writes it: errors found in it are
 * reported against the library's file, and the step that used the fragment adds a line of its own.
 */
final class FragmentExpander {

    /** A step ready to be read: the node with its parameters replaced, and where it is written. */
    record Expanded(JsonNode node, String pointer, Problems site) {
    }

    /** A use of a fragment, and the errors found in the fragment's steps for this use. */
    private record Use(Problems site, String pointer, Fragment fragment, Problems inside) {
    }

    private final Map<String, Fragment> known = new LinkedHashMap<>();
    private final List<Use> uses = new ArrayList<>();
    /** A library could not be had, so what fragments exist is not known: unknown names are not reported. */
    private boolean incomplete;

    /** Makes a library's fragments usable; names another library defines already are returned, not taken. */
    List<String> add(Library library) {
        List<String> clashes = new ArrayList<>();
        library.fragments().forEach((name, fragment) -> {
            if (known.putIfAbsent(name, fragment) != null) {
                clashes.add(name);
            }
        });
        return clashes;
    }

    Fragment fragment(String name) {
        return known.get(name);
    }

    void incomplete() {
        incomplete = true;
    }

    /** The steps a {@code use} step stands for; empty when the use is wrong (and reported where it is written). */
    List<Expanded> expand(JsonNode use, String pointer, Problems site) {
        return expand(use, pointer, site, new ArrayDeque<>());
    }

    private List<Expanded> expand(JsonNode use, String pointer, Problems site, Deque<String> chain) {
        String name = use.path(StepSyntax.USE).asText();
        String at = Pointers.child(pointer, StepSyntax.USE);
        Fragment fragment = known.get(name);
        if (fragment == null) {
            if (!incomplete) {
                site.at(at, "no fragment named '" + name + "' in the libraries this pack uses"
                        + PackBuilder.suggestion(name, new TreeSet<>(known.keySet())).replace("(defined:", "(known:"));
            }
            return List.of();
        }
        if (chain.contains(name)) {
            List<String> cycle = new ArrayList<>(chain);
            java.util.Collections.reverse(cycle);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(name), cycle.size()));
            cycle.add(name);
            site.at(at, "using the fragment '" + name + "' here makes a cycle: " + String.join(" → ", cycle));
            return List.of();
        }
        Map<String, String> values = arguments(use, pointer, fragment, site);
        if (values == null) {
            return List.of();
        }
        Problems inside = new Problems(fragment.source(), fragment.tree());
        uses.add(new Use(site, pointer, fragment, inside));
        chain.push(name);
        List<Expanded> steps = new ArrayList<>();
        JsonNode written = fragment.steps();
        for (int i = 0; i < written.size(); i++) {
            JsonNode step = FragmentParameters.substitute(written.get(i), values);
            String stepPointer = Pointers.child(fragment.stepsPointer(), i);
            if (step.has(StepSyntax.USE)) {
                steps.addAll(expand(step, stepPointer, inside, chain));
            } else {
                steps.add(new Expanded(step, stepPointer, inside));
            }
        }
        chain.pop();
        return steps;
    }

    /** The values a use gives, exactly the fragment's parameters; null (after reporting) when they are not. */
    private static Map<String, String> arguments(JsonNode use, String pointer, Fragment fragment, Problems site) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode with = use.path("with");
        String declared = fragment.params().isEmpty() ? "none" : String.join(", ", fragment.params());
        boolean fine = true;
        for (var it = with.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!fragment.params().contains(entry.getKey())) {
                fine = false;
                site.atKey(Pointers.child(Pointers.child(pointer, "with"), entry.getKey()), "'" + entry.getKey()
                        + "' is not a parameter of the fragment '" + fragment.name() + "'" + DidYouMean.closest(
                        entry.getKey(), fragment.params()).map(c -> "; did you mean '" + c + "'?").orElse("")
                        + " (its parameters: " + declared + ")");
            }
            values.put(entry.getKey(), entry.getValue().asText());
        }
        List<String> missing = fragment.params().stream().filter(param -> !with.has(param)).toList();
        if (!missing.isEmpty()) {
            site.atKey(Pointers.child(pointer, with.isMissingNode() ? StepSyntax.USE : "with"), "the fragment '"
                    + fragment.name() + "' needs a value for " + (missing.size() == 1 ? "its parameter '"
                    + missing.get(0) + "'" : "its parameters " + String.join(", ", missing)) + " (give it with: "
                    + "{" + missing.get(0) + ": …})");
            fine = false;
        }
        return fine ? values : null;
    }

    /**
     * Adds, where each fragment was used, one line saying its steps have errors, with those errors listed against the
     * library's file. The innermost uses go first, so that a fragment used by a fragment reports through both.
     */
    void reportUses() {
        for (int i = uses.size() - 1; i >= 0; i--) {
            Use use = uses.get(i);
            if (!use.inside().isEmpty()) {
                use.site().foreign(use.inside().all());
                use.site().at(Pointers.child(use.pointer(), StepSyntax.USE), "the fragment '" + use.fragment().name()
                        + "' of library " + use.fragment().library() + " has errors where it is used here (listed "
                        + "with its file)");
            }
        }
    }
}
