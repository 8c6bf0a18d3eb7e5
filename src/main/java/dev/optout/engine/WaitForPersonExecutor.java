package dev.optout.engine;

import dev.optout.browser.Match;
import dev.optout.pack.Step.WaitForPerson;
import java.time.Duration;
import java.util.Optional;

/**
 * Steps only the person may do (logging in, solving a check, attaching a file): say what to do, then wait until the
 * page shows it is done. The tool never types credentials. Dry runs wait too: the rest of the flow is behind it.
 */
final class WaitForPersonExecutor implements StepExecutor<WaitForPerson> {

    @Override
    public StepResult run(WaitForPerson step, RunContext context) {
        if (step.until().isEmpty()) {
            // Nothing on the page shows it is done (an attached file, say): the person says so with Enter.
            context.person.ask(step.message() + " Press Enter when you are done");
            return StepResult.done("you said you were done");
        }
        Optional<Match> already = step.until().stream().map(context.finder::now).flatMap(Optional::stream).findFirst();
        if (already.isPresent()) {
            return StepResult.done(already.get()).withNote("already done");
        }
        Duration limit = step.common().timeout().orElse(context.settings.personTimeout());
        context.person.tell(step.message() + " (optout waits up to " + limit.toMinutes() + " min)");
        try {
            Match match = context.finder.awaitAny(step.until(), limit);
            context.refreshLanguage();
            context.person.tell("Thanks, going on.");
            return StepResult.done(match);
        } catch (StepFailedException e) {
            throw new StepFailedException("you did not finish in the browser within " + limit.toMinutes()
                    + " min; " + e.getMessage());
        }
    }
}
