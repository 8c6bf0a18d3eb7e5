package dev.optout.replica;

/**
 * How a form's send fails (reliability #12, meta-flows §7). Every attempt that reaches the replica is still
 * recorded, so a test can count that nothing was sent twice; the page shows Meta's "Something went wrong" alert and
 * no confirmation.
 */
public enum SendFault {
    /** The send succeeds. */
    NONE,
    /** The endpoint answers HTTP 500. */
    HTTP_500,
    /** The endpoint reads the request, then closes the connection without an answer. */
    CONNECTION_CLOSED,
    /** The page sends to a port where nothing listens: the connection is refused and nothing is recorded. */
    CONNECTION_REFUSED,
    /** The Meta way: HTTP 200 with Meta's error payload instead of an acknowledgement. */
    META_ERROR
}
