package dev.optout.engine;

import dev.optout.pack.Step.WaitForPerson;
import dev.optout.page.Match;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Steps only the person may do (logging in, solving a check, attaching a file): say what to do, then wait until the
 * page shows it is done. The tool never types credentials. Dry runs wait too: the rest of the flow is behind it.
 */
final class WaitForPersonExecutor implements StepExecutor<WaitForPerson> {

    private final TargetFinder finder;
    private final Person person;
    private final RunLanguage language;
    private final Duration personTimeout;
    private final boolean personAtTheBrowser;

    WaitForPersonExecutor(TargetFinder finder, Person person, RunLanguage language, Duration personTimeout,
                          boolean personAtTheBrowser) {
        this.finder = finder;
        this.person = person;
        this.language = language;
        this.personTimeout = personTimeout;
        this.personAtTheBrowser = personAtTheBrowser;
    }

    @Override
    public StepResult run(WaitForPerson step) {
        Optional<Match> already = finder.look(step.until(), false).firstMatch();
        if (already.isPresent()) {
            return StepResult.done(already.get()).withNote("already done");
        }
        if (!personAtTheBrowser) {
            throw new NeedsPersonException("the browser has no window, and the page waits for you there (\""
                    + step.message() + "\")");
        }
        if (step.until().isEmpty()) {
            // Nothing on the page shows it is done (an attached file, say): the person says so with Enter.
            person.ask(step.message() + " Press Enter when you are done");
            return StepResult.done("you said you were done");
        }
        Duration limit = step.common().timeout().orElse(personTimeout);
        person.tell(step.message() + " (optout waits up to " + limit.toMinutes() + " min)");
        try {
            Match match = finder.awaitPerson(step.until(), limit);
            language.refresh();
            person.tell("Thanks, going on.");
            return StepResult.done(match);
        } catch (TargetNotFoundException e) {
            // Not a page that changed but a person who did not get through: nothing to repair.
            throw new TargetNotFoundException(List.of(), "you did not finish in the browser within " + limit.toMinutes()
                    + " min; " + e.getMessage());
        }
    }
}
