package dev.optout.page;

import java.util.List;
import java.util.OptionalInt;

/**
 * The requests the tab sent after a moment, as the browser itself tells: the evidence of what left it.
 *
 * @param source        where this comes from, in words for the report, e.g. {@code WebDriver BiDi network events}
 * @param seesInFlight  whether a request shows here as it leaves (BiDi), or only once its answer has arrived or it
 *                      failed (Resource Timing): only the first can prove that nothing is under way
 * @param requests      in the order they left
 */
public record Traffic(String source, boolean seesInFlight, List<Request> requests) {

    public Traffic {
        requests = List.copyOf(requests);
    }

    public static Traffic none(String source, boolean seesInFlight) {
        return new Traffic(source, seesInFlight, List.of());
    }

    /**
     * These requests, and those of {@code finished} (another source's, which lists only finished requests) that are
     * not among them: events may reach the tool a moment after the page has seen the answer, and a request the page
     * has seen finish must not read as none.
     */
    public Traffic joining(Traffic finished) {
        List<Request> all = new java.util.ArrayList<>(requests);
        finished.requests().stream().filter(r -> requests.stream().noneMatch(own -> own.address().equals(r.address())))
                .forEach(all::add);
        return new Traffic(all.size() == requests.size() ? source : source + " and " + finished.source(),
                seesInFlight, all);
    }

    /**
     * One request.
     *
     * @param address    scheme, host and path only: a query may carry personal values
     * @param method     {@code POST}, {@code GET}…; empty when the source cannot tell
     * @param kind       what sent it: {@code fetch}, {@code xmlhttprequest}, {@code navigation} (the tab loading a
     *                   new document), {@code beacon}, or {@code other}
     * @param status     the answer's HTTP status; empty while no answer has arrived
     * @param failed     it never got an answer: the connection failed or was refused
     */
    public record Request(String address, String method, String kind, OptionalInt status, boolean failed) {

        /** An answer has arrived, or the request failed: nothing more will happen to it. */
        public boolean finished() {
            return failed || status.isPresent();
        }

        /** It failed, or its answer is an error status. Status 0 is an answer the page could not read: unknown. */
        public boolean erred() {
            return failed || (status.isPresent() && status.getAsInt() >= 400);
        }

        /** As the report says it, e.g. {@code POST https://www.facebook.com/ajax/help/contact/submit → 200}. */
        public String inWords() {
            String answer = failed ? "failed" : status.isEmpty() ? "no answer yet"
                    : status.getAsInt() == 0 ? "an answer the page may not read" : String.valueOf(status.getAsInt());
            return (method.isEmpty() ? kind : method) + " " + address + " → " + answer;
        }
    }
}
