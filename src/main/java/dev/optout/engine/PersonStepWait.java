package dev.optout.engine;

import dev.optout.page.Observation;
import dev.optout.page.Page;
import dev.optout.page.PagePrompt;
import dev.optout.page.Traffic;
import dev.optout.report.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A step only a person may do, met after a send (a security check, a captcha, a code the pack does not expect): the
 * terminal says what the page asks, in its own words, and optout waits while the person does it in the browser,
 * never typing into it. Without anyone at the browser the run ends at once on what the send came to so far: refused
 * when the browser proves nothing left (the form waits in the page, unsent), else sent but unconfirmed.
 */
final class PersonStepWait {

    private final Page page;
    private final Person person;
    private final Waiter waiter;
    private final Duration personTimeout;
    private final boolean someoneAtTheBrowser;

    /** @param someoneAtTheBrowser a window a person may act in, and no {@code --yes} that says nobody is there */
    PersonStepWait(Page page, Person person, Waiter waiter, Duration personTimeout, boolean someoneAtTheBrowser) {
        this.page = page;
        this.person = person;
        this.waiter = waiter;
        this.personTimeout = personTimeout;
        this.someoneAtTheBrowser = someoneAtTheBrowser;
    }

    /**
     * Returns once the person did it (the page no longer asks); the wait for Meta's answer then goes on.
     *
     * @throws SendVerdictException when nobody can do it, or nobody did in time
     */
    void await(PagePrompt prompt, SendWatch watch) {
        String asks = watch.masked(prompt.inWords());
        if (!someoneAtTheBrowser || !person.canAnswer()) {
            throw new SendVerdictException(verdict(watch, "it asks for a step only a person may do (\"" + asks
                    + "\"), and this run has nobody at the browser to do it", asks));
        }
        person.tell("Meta's page asks for a step only you may do: \"" + asks + "\". Do it in the browser window; "
                + "optout never types into it, and waits up to " + personTimeout.toMinutes() + " min (Ctrl+C stops "
                + "the run).");
        try {
            waiter.untilPersonActs("you to do what the page asks (\"" + title(prompt) + "\")", personTimeout,
                    () -> stillAsks(prompt) ? Optional.empty() : Optional.of(Boolean.TRUE));
        } catch (WaitTimeoutException e) {
            throw new SendVerdictException(verdict(watch, "it asks for a step only a person may do (\"" + asks
                    + "\"), and it was not done within " + personTimeout.toMinutes() + " min", asks));
        }
        person.tell("Thanks: optout waits for Meta's answer.");
    }

    private boolean stillAsks(PagePrompt asked) {
        return page.prompts().stream().anyMatch(p -> p.dialog() == asked.dialog()
                && (asked.heading().isBlank() ? p.text().equals(asked.text()) : p.heading().equals(asked.heading())));
    }

    private static String title(PagePrompt prompt) {
        return prompt.heading().isBlank() ? prompt.text() : prompt.heading();
    }

    /** What the send came to while the page waits for a person: nothing sent when the browser proves it. */
    private Verdict verdict(SendWatch watch, String why, String asks) {
        Observation now = page.observe(watch.watched(), Optional.of(watch.before().mark()));
        Traffic traffic = now.traffic();
        List<Traffic.Request> left = AnswerJudge.formRequests(traffic);
        Optional<String> said = Optional.of(asks);
        if (left.isEmpty() && traffic.seesInFlight()) {
            return new Verdict(Outcome.REFUSED, "Meta's page did not send it yet: " + why + "; nothing left the "
                    + "browser. Run it again with a browser window you can use", "a step only a person may do, and no "
                    + "request left (" + traffic.source() + ")", said, traffic);
        }
        String requests = left.isEmpty() ? "; " + traffic.source() + " show only finished requests, so optout "
                + "cannot tell whether the send left" : " (" + left.stream().map(Traffic.Request::inWords).limit(3)
                .reduce((a, b) -> a + "; " + b).orElse("") + ")";
        return new Verdict(Outcome.SENT_UNCONFIRMED, "The send was clicked, and Meta's page then " + why.replaceFirst(
                "^it ", "") + requests, "a step only a person may do after the send", said, traffic);
    }
}
