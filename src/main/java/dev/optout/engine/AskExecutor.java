package dev.optout.engine;

import dev.optout.pack.InputSpec;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Step.Ask;
import java.util.Optional;

/** Asks the person for a value only they have, such as the code Meta emailed; re-asks when it is malformed. */
final class AskExecutor implements StepExecutor<Ask> {

    private static final int ATTEMPTS = 3;

    @Override
    public StepResult run(Ask step, RunContext context) {
        InputSpec spec = context.pack.input(step.input()).orElseThrow();
        if (context.dryRun()) {
            return StepResult.wouldDo("would ask you: " + step.message());
        }
        if (context.input(step.input()).isPresent()) {
            return StepResult.done("given before the run");
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<String> answer = context.person.ask(step.message());
            if (answer.isEmpty()) {
                throw new StepFailedException("no answer for " + step.input() + " (end of input)");
            }
            try {
                context.setInput(step.input(), InputValidator.validateOne(spec, answer.get()));
                return StepResult.done("answered");
            } catch (InvalidInputException invalid) {
                context.person.tell(invalid.getMessage());
            }
        }
        throw new StepFailedException("no valid " + step.input() + " after " + ATTEMPTS + " attempts");
    }
}
