package dev.optout.report;

import java.util.List;
import java.util.Optional;

/**
 * What the outcome of a send rests on: what the page showed after it, and what left the browser and came back, as
 * the browser itself reported it.
 *
 * @param basis    the evidence in words, e.g. "Meta's confirmation text" or "a field message, and no request left"
 * @param source   where the requests were read: WebDriver BiDi network events, or the page's Resource Timing
 * @param requests each request the send made, e.g. {@code POST https://www.facebook.com/ajax/… → 200}
 * @param pageSaid what the page showed that decided it, quoted, personal values masked
 */
public record OutcomeEvidence(String basis, String source, List<String> requests, Optional<String> pageSaid) {

    public OutcomeEvidence {
        requests = List.copyOf(requests);
    }
}
