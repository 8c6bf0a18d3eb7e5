package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the packs a pack's {@code include} steps name, before its own steps are read, so that their inputs, targets
 * and origins are known to those steps. Errors inside an included pack keep naming the included file.
 */
final class Includes {

    private Includes() {
    }

    /**
     * The included packs by the index of their include step, and whether every include was found; a step whose pack
     * cannot be had is reported.
     */
    record Found(Map<Integer, Pack> packs, boolean complete) {
    }

    static Found resolve(JsonNode steps, String ownId, PackResolver resolver, Problems problems) {
        Map<Integer, Pack> found = new LinkedHashMap<>();
        boolean complete = true;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (Problems.stepType(step).filter(StepSyntax.INCLUDE::equals).isEmpty() || !step.get(StepSyntax.INCLUDE)
                    .isTextual()) {
                continue;
            }
            String pointer = Pointers.child(Pointers.child("/steps", i), StepSyntax.INCLUDE);
            Optional<Pack> pack = one(step.get(StepSyntax.INCLUDE).asText(), ownId, resolver, problems, pointer);
            if (pack.isPresent()) {
                found.put(i, pack.get());
            } else {
                complete = false;
            }
        }
        return new Found(found, complete);
    }

    private static Optional<Pack> one(String id, String ownId, PackResolver resolver, Problems problems,
            String pointer) {
        if (id.equals(ownId)) {
            problems.at(pointer, "a pack cannot include itself");
            return Optional.empty();
        }
        try {
            Optional<Pack> pack = resolver.include(id);
            if (pack.isEmpty()) {
                problems.at(pointer, "no pack with id '" + id + "' to include" + DidYouMean.closest(id,
                        resolver.includableIds()).map(close -> "; did you mean '" + close + "'?").orElse("")
                        + " (known: " + known(resolver) + ")");
            }
            return pack;
        } catch (IncludeCycleException e) {
            problems.at(pointer, "including '" + id + "' here makes a cycle: " + String.join(" → ", e.cycle()));
        } catch (InvalidPackException e) {
            problems.foreign(e.errors());
            problems.at(pointer, "the included pack '" + id + "' has errors (listed with its file)");
        }
        return Optional.empty();
    }

    private static String known(PackResolver resolver) {
        return resolver.includableIds().isEmpty() ? "none" : String.join(", ", resolver.includableIds());
    }
}
