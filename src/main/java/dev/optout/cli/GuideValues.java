package dev.optout.cli;

import dev.optout.pack.InputSpec;
import dev.optout.pack.Pack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The values the packs the guide runs need, each asked once for all of them: the country is known already, one
 * email serves every form that takes one (also the objection forms, which would otherwise keep the page's own), and
 * what only one pack needs (the third-party form's names and prompts) is asked only when that pack runs. Optional
 * values keep their defaults.
 */
final class GuideValues {

    static final String EMAIL = "email";

    private GuideValues() {
    }

    /** The names given with {@code --set} that no chosen pack uses, as warnings. */
    static List<String> unused(List<Pack> chosen, Map<String, String> given) {
        TreeSet<String> used = new TreeSet<>();
        chosen.forEach(pack -> used.addAll(pack.inputs().keySet()));
        return new TreeSet<>(given.keySet()).stream().filter(name -> !used.contains(name))
                .map(name -> "'" + name + "' is not an input of any pack the guide runs and is ignored (their inputs: "
                        + String.join(", ", used) + ")")
                .toList();
    }

    /**
     * The given values completed with the answers, asked in the order of the packs and their forms.
     *
     * @param given already checked, normalised values (with the country)
     */
    static Map<String, String> complete(List<Pack> chosen, Map<String, String> given, Prompter prompter) {
        Map<String, String> values = new LinkedHashMap<>(given);
        Optional<Question<String>> email = emailQuestion(chosen);
        if (email.isPresent() && !values.containsKey(EMAIL)) {
            prompter.ask(email.get()).ifPresent(address -> values.put(EMAIL, address));
        }
        for (Pack pack : chosen) {
            for (InputSpec spec : InputOrder.of(pack)) {
                if (spec.required() && !values.containsKey(spec.name())) {
                    prompter.ask(Question.forInput(spec)).ifPresent(answer -> values.put(spec.name(), answer));
                }
            }
        }
        return values;
    }

    /**
     * One question for the email of every form that takes one: required when a chosen pack requires it, else
     * optional, and then Enter keeps what the forms fill in themselves.
     */
    private static Optional<Question<String>> emailQuestion(List<Pack> chosen) {
        List<InputSpec> specs = chosen.stream().flatMap(pack -> pack.input(EMAIL).stream()).toList();
        if (specs.isEmpty()) {
            return Optional.empty();
        }
        Optional<InputSpec> required = specs.stream().filter(InputSpec::required).findFirst();
        String forms = chosen.stream().filter(pack -> pack.input(EMAIL).isPresent()).map(Pack::id)
                .reduce((a, b) -> a + ", " + b).orElse("");
        Question<String> question = Question.forInput(required.orElse(specs.get(0)))
                .withPrompt("Your email address for Meta's replies (one for every form: " + forms + ")");
        return Optional.of(required.isPresent() ? question
                : question.optional("Enter keeps the address each form fills in"));
    }
}
