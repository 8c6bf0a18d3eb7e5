package dev.optout.engine;

import dev.optout.page.Observation;
import dev.optout.page.PageSignals;
import dev.optout.page.PageSignals.Message.Kind;
import dev.optout.page.Traffic;
import dev.optout.report.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges a send from evidence, never from the mere presence of an element: what left the browser and what came
 * back (the browser's own record of the tab's requests), and what changed on the page after the click against what
 * it showed right before (a live region rendered empty from the start, or an error message left from before, says
 * nothing new). One judge watches one wait for an answer; it remembers since when the page has been refusing, so
 * that a refusal is only called once it has stood for a moment.
 *
 * <p>The order of the evidence: Meta's own error message; a confirmation by structure (the request came back fine,
 * the form is gone or disabled, and a dialog, status or heading appeared); the page's complaints about fields, a
 * dialog that waits for an answer, or an alert with nothing sent; an error status. When none settles the question
 * before the wait ends, the send is unconfirmed if anything left, and refused if the browser can prove nothing did.
 */
final class AnswerJudge {

    /** How the basis of a confirmation in the page's own words begins. */
    static final String BY_STRUCTURE = "the page's structure";

    /** How long refusal or error evidence must stand before it is the answer: a confirmation may still replace it. */
    static final Duration SETTLE = Duration.ofMillis(1500);

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** What may carry a form, where the browser does not say the method: a script's request, or a new document. */
    private static final Set<String> FORM_KINDS = Set.of("fetch", "xmlhttprequest", "navigation");
    /** The page's own logging, sent as the page goes on or away: never a form. */
    private static final Set<String> LOGGING_KINDS = Set.of("beacon", "ping");

    private final SendWatch watch;
    private final Clock clock;
    private Optional<Instant> refusingSince = Optional.empty();
    private Optional<Instant> erringSince = Optional.empty();

    AnswerJudge(SendWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    /**
     * The requests that may have carried the form: any but a read (a GET to load an image or poll), or, where the
     * browser does not say the method, a script's request or a navigation. Beacons and pings are the page's logging.
     */
    static List<Traffic.Request> formRequests(Traffic traffic) {
        return traffic.requests().stream().filter(r -> !LOGGING_KINDS.contains(r.kind()))
                .filter(r -> r.method().isEmpty() ? FORM_KINDS.contains(r.kind())
                        : !READING_METHODS.contains(r.method()) || r.kind().equals("navigation")).toList();
    }

    /**
     * The answer, when the evidence settles it now.
     *
     * @param errorMessage the text of a pack's error target that appeared after the click, if one did
     */
    Optional<Verdict> judge(Observation now, Optional<String> errorMessage) {
        Facts facts = new Facts(watch.before().signals(), now);
        if (errorMessage.isPresent() && facts.left()) {
            return Optional.of(failed(facts, quoted(errorMessage.get()) + " (" + facts.requestsInWords() + ")",
                    "Meta's error message after the request", errorMessage));
        }
        Optional<Verdict> confirmed = confirmedByStructure(facts);
        if (confirmed.isPresent()) {
            return confirmed;
        }
        Optional<Verdict> refusal = refusal(facts, errorMessage);
        if (refusal.isPresent()) {
            Instant since = refusingSince.orElseGet(clock::instant);
            refusingSince = Optional.of(since);
            return settled(since) && !facts.inFlight() ? refusal : Optional.empty();
        }
        refusingSince = Optional.empty();
        if (facts.left() && !facts.inFlight() && !facts.newAlerts().isEmpty()) {
            String alert = facts.newAlerts().get(0);
            return Optional.of(failed(facts, quoted(alert) + " (" + facts.requestsInWords() + ")",
                    "an error message after the request", Optional.of(alert)));
        }
        Optional<String> unexplained = errorMessage.or(() -> facts.newAlerts().stream().findFirst());
        if (unexplained.isPresent() && !facts.left() && !facts.now().traffic().seesInFlight()) {
            // What lists only finished requests cannot tell that nothing left: an error after the click counts as
            // the send's answer, and the send as sent.
            Instant since = erringSince.orElseGet(clock::instant);
            erringSince = Optional.of(since);
            return settled(since) ? Optional.of(new Verdict(Outcome.FAILED, "Meta's page showed "
                    + quoted(unexplained.get()) + " after the send was clicked; " + facts.now().traffic().source()
                    + " show only finished requests, so optout cannot tell whether the send left",
                    "an error message after the click", unexplained.map(watch::masked), facts.now().traffic()))
                    : Optional.empty();
        }
        if (facts.erred()) {
            Instant since = erringSince.orElseGet(clock::instant);
            erringSince = Optional.of(since);
            return settled(since) ? Optional.of(failed(facts, "an error (" + facts.requestsInWords() + "), and the "
                    + "page showed nothing new", "an error status", Optional.empty())) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The answer when the wait is over without one: unconfirmed when anything left, else refused or unknown. */
    Verdict atTheEnd(Observation now, Optional<String> errorMessage, Duration waited) {
        // Whatever stood only a moment ago stands now: the wait is over.
        refusingSince = refusingSince.map(since -> since.minus(SETTLE));
        erringSince = erringSince.map(since -> since.minus(SETTLE));
        Optional<Verdict> settled = judge(now, errorMessage);
        if (settled.isPresent()) {
            return settled.get();
        }
        Facts facts = new Facts(watch.before().signals(), now);
        String within = " within " + waited.toSeconds() + " s";
        Optional<String> shows = facts.whatItShows();
        String showing = shows.map(s -> "; the page now shows " + quoted(s)).orElse("");
        if (facts.inFlight()) {
            return new Verdict(Outcome.SENT_UNCONFIRMED, "The send left the browser, but no answer came back" + within
                    + " (" + facts.requestsInWords() + ")" + showing, "a request without an answer",
                    shows.map(watch::masked), now.traffic());
        }
        if (facts.left()) {
            return new Verdict(Outcome.SENT_UNCONFIRMED, "The send left the browser and came back ("
                    + facts.requestsInWords() + "), but optout recognised no confirmation" + within + showing,
                    "a request that came back, and no confirmation", shows.map(watch::masked), now.traffic());
        }
        if (now.traffic().seesInFlight()) {
            return new Verdict(Outcome.REFUSED, "Nothing left the browser after the send was clicked, and Meta's "
                    + "page gave no reason" + within + showing, "no request left (" + now.traffic().source() + ")",
                    shows.map(watch::masked), now.traffic());
        }
        return new Verdict(Outcome.SENT_UNCONFIRMED, "optout saw no request leave after the send was clicked, but "
                + now.traffic().source() + " show only requests that have finished, so one may still be under way; "
                + "no confirmation" + within + showing, "no confirmation, and no proof that nothing left",
                shows.map(watch::masked), now.traffic());
    }

    /**
     * A confirmation in other words than the pack's: the request came back fine, the form is gone or disabled (or a
     * modal dialog covers it), and a dialog, status, alert or heading appeared, while the page asks for nothing more
     * (a page that now asks for an emailed code has not answered yet).
     */
    private Optional<Verdict> confirmedByStructure(Facts facts) {
        PageSignals.FormState form = facts.now().signals().form();
        boolean formDone = form.gone() || form.disabled() || facts.newDialogs().stream()
                .anyMatch(d -> d.modal() && !d.asks());
        if (!facts.cameBackFine() || !formDone || !facts.newOpenFields().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> said = Stream.of(facts.newDialogs().stream().filter(d -> !d.asks() || form.gone())
                        .map(PageSignals.Dialog::text), facts.newStatuses().stream(), facts.newAlerts().stream(),
                facts.newHeadings().stream()).flatMap(s -> s).filter(t -> !t.isBlank()).findFirst();
        return said.map(text -> new Verdict(Outcome.CONFIRMED, "Meta's page showed " + quoted(text)
                + " once the send had come back fine (" + facts.requestsInWords() + "), and " + (form.gone()
                ? "the form is gone" : form.disabled() ? "the form can no longer be used" : "a dialog covers the form")
                + ": optout takes that as Meta's confirmation", BY_STRUCTURE + ": the form replaced by an answer after a "
                + "request that came back fine", Optional.of(watch.masked(text)), facts.now().traffic()));
    }

    /** The page refusing the send: its complaint about a field, a dialog still waiting, or an alert with nothing sent. */
    private Optional<Verdict> refusal(Facts facts, Optional<String> errorMessage) {
        String nothing = facts.left() ? "" : "; nothing left the browser";
        if (!facts.newFieldMessages().isEmpty() && !facts.now().signals().form().gone()) {
            PageSignals.FieldMessage first = facts.newFieldMessages().get(0);
            // Every field the page's messages point at is named: what the person must fill before running again.
            List<String> more = facts.newFieldMessages().stream().skip(1).map(PageSignals.FieldMessage::field)
                    .filter(f -> !f.equals(first.field())).distinct().toList();
            String others = more.isEmpty() ? "" : " (and about '" + String.join("', '", more) + "')";
            String said = first.text().isBlank() ? "marks '" + first.field() + "' as not accepted"
                    : "says " + quoted(first.text()) + " about '" + first.field() + "'";
            return Optional.of(new Verdict(Outcome.REFUSED, "Meta's page refused the send: it " + said + others
                    + nothing, "a field message" + (facts.left() ? "" : ", and no request left"),
                    Optional.of(watch.masked(first.text().isBlank() ? first.field() : first.text())),
                    facts.now().traffic()));
        }
        Optional<PageSignals.Dialog> asking = facts.newDialogs().stream().filter(PageSignals.Dialog::asks).findFirst();
        if (asking.isPresent() && facts.now().signals().form().shown() > 0 && facts.newStatuses().isEmpty()) {
            return Optional.of(new Verdict(Outcome.REFUSED, "Meta's page did not send it: it asks "
                    + quoted(asking.get().text()) + " and waits for an answer" + nothing,
                    "a dialog that waits for an answer", Optional.of(watch.masked(asking.get().text())),
                    facts.now().traffic()));
        }
        Optional<String> alert = errorMessage.or(() -> facts.newAlerts().stream().findFirst());
        if (alert.isPresent() && !facts.left() && facts.now().traffic().seesInFlight()) {
            return Optional.of(new Verdict(Outcome.REFUSED, "Meta's page refused the send: it says "
                    + quoted(alert.get()) + nothing, "an alert, and no request left",
                    Optional.of(watch.masked(alert.get())), facts.now().traffic()));
        }
        return Optional.empty();
    }

    private Verdict failed(Facts facts, String what, String basis, Optional<String> said) {
        return new Verdict(Outcome.FAILED, "The send left the browser and Meta's page answered with " + what, basis,
                said.map(watch::masked), facts.now().traffic());
    }

    private boolean settled(Instant since) {
        return !Duration.between(since, clock.instant()).minus(SETTLE).isNegative();
    }

    private String quoted(String pageSaid) {
        return "\"" + watch.masked(pageSaid) + "\"";
    }

    /** What the page shows now against what it showed right before the send, and what left since. */
    private record Facts(PageSignals before, Observation now) {

        List<Traffic.Request> requests() {
            return formRequests(now.traffic());
        }

        boolean left() {
            return !requests().isEmpty();
        }

        boolean inFlight() {
            return requests().stream().anyMatch(r -> !r.finished());
        }

        boolean erred() {
            return requests().stream().anyMatch(Traffic.Request::erred);
        }

        boolean cameBackFine() {
            return left() && !inFlight() && !erred();
        }

        String requestsInWords() {
            return requests().stream().map(Traffic.Request::inWords).limit(3).collect(Collectors.joining("; "));
        }

        List<String> newAlerts() {
            return newMessages(Kind.ALERT);
        }

        List<String> newStatuses() {
            return newMessages(Kind.STATUS);
        }

        private List<String> newMessages(Kind kind) {
            return now.signals().messages().stream().filter(m -> m.kind() == kind)
                    .filter(m -> !before.messages().contains(m)).map(PageSignals.Message::text).toList();
        }

        List<PageSignals.FieldMessage> newFieldMessages() {
            return now.signals().fieldMessages().stream().filter(m -> !before.fieldMessages().contains(m)).toList();
        }

        List<PageSignals.Dialog> newDialogs() {
            Set<String> earlier = before.dialogs().stream().map(PageSignals.Dialog::text).collect(Collectors.toSet());
            return now.signals().dialogs().stream().filter(d -> !earlier.contains(d.text())).toList();
        }

        List<String> newHeadings() {
            return now.signals().headings().stream().filter(h -> !before.headings().contains(h)).toList();
        }

        List<String> newOpenFields() {
            return now.signals().openFields().stream().filter(f -> !before.openFields().contains(f)).toList();
        }

        /** What the page shows now that it did not before, or else its first heading: for an unconfirmed send. */
        Optional<String> whatItShows() {
            return Stream.of(newDialogs().stream().map(PageSignals.Dialog::text), newStatuses().stream(),
                            newAlerts().stream(), newFieldMessages().stream().map(PageSignals.FieldMessage::text),
                            newHeadings().stream(), now.signals().headings().stream())
                    .flatMap(s -> s).filter(t -> !t.isBlank()).findFirst();
        }
    }
}
