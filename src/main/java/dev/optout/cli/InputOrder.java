package dev.optout.cli;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A pack's inputs in the order its steps use them, so that questions come in the order of the form's fields. */
final class InputOrder {

    private InputOrder() {
    }

    static List<InputSpec> of(Pack pack) {
        Set<String> names = new LinkedHashSet<>();
        for (Step step : pack.steps()) {
            if (step instanceof Step.Fill fill) {
                names.addAll(fill.value().references());
            } else if (step instanceof Step.Select select) {
                names.addAll(select.value().references());
            } else if (step instanceof Step.Ask ask) {
                names.add(ask.input());
            }
        }
        List<InputSpec> ordered = new ArrayList<>();
        names.forEach(name -> pack.input(name).ifPresent(ordered::add));
        pack.inputs().values().stream().filter(spec -> !names.contains(spec.name()))
                .sorted(Comparator.comparing(InputSpec::name)).forEach(ordered::add);
        return ordered;
    }
}
