package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Step.Ask;
import java.util.Optional;

/** Asks the person for a value only they have, such as the code Meta emailed; re-asks when it is malformed. */
final class AskExecutor implements StepExecutor<Ask> {

    private static final int ATTEMPTS = 3;

    private final RunValues values;
    private final Person person;
    private final Effects effects;

    AskExecutor(RunValues values, Person person, Effects effects) {
        this.values = values;
        this.person = person;
        this.effects = effects;
    }

    @Override
    public StepResult run(Ask step) {
        InputSpec spec = values.spec(step.input()).orElseThrow();
        return effects.perform(Optional.empty(), "ask you: " + step.message(), () -> ask(step, spec));
    }

    private StepResult ask(Ask step, InputSpec spec) {
        if (values.input(step.input()).isPresent()) {
            return StepResult.done("given before the run");
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<String> answer = person.ask(step.message());
            if (answer.isEmpty()) {
                throw new StepFailedException("no answer for " + step.input() + " (end of input)");
            }
            try {
                values.set(step.input(), InputValidator.validateOne(spec, answer.get()));
                return StepResult.done("answered");
            } catch (InvalidInputException invalid) {
                person.tell(invalid.getMessage());
            }
        }
        throw new StepFailedException("no valid " + step.input() + " after " + ATTEMPTS + " attempts");
    }
}
