package dev.optout.engine;

import dev.optout.page.Traffic;
import dev.optout.report.Outcome;
import dev.optout.report.OutcomeEvidence;
import java.util.Optional;

/**
 * What a send came to, judged from evidence: what left the browser and came back, and what the page showed after
 * the click.
 *
 * @param outcome  one of confirmed, refused, failed, sent-unconfirmed
 * @param sentence what happened, for the person, without the advice that follows it
 * @param basis    the evidence in a few words
 * @param pageSaid what the page showed that decided it, quoted as it reads, personal values masked
 * @param traffic  what left the browser since the click
 */
record Verdict(Outcome outcome, String sentence, String basis, Optional<String> pageSaid, Traffic traffic) {

    OutcomeEvidence evidence() {
        return new OutcomeEvidence(basis, traffic.source(), AnswerJudge.formRequests(traffic).stream()
                .map(Traffic.Request::inWords).toList(), pageSaid);
    }

    /** The last sentence of a run that ended so: what the person should (not) do now. */
    String advice() {
        return switch (outcome) {
            case CONFIRMED -> "";
            case REFUSED -> " Nothing was sent, so nothing counts as sent: correct what the page asks for and run "
                    + "it again (no --force needed).";
            case FAILED -> " It may or may not have reached Meta: do not send again by yourself; check your email "
                    + "first.";
            default -> " Do NOT send it again: it counts as sent. Check your email and Meta's Privacy Center for "
                    + "Meta's answer.";
        };
    }
}
