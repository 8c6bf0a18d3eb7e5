package dev.optout.engine;

/**
 * After a send, the page showed one of the pack's error targets instead of an answer: Meta says the send failed.
 * It may have reached Meta all the same, so the run ends and nothing is sent again.
 */
final class SendFailedException extends RuntimeException {

    private final String target;

    /** @param metaSaid the error target's text, as the page shows it */
    SendFailedException(String metaSaid, String target) {
        super("Meta's page answered the send with " + (metaSaid.isEmpty() ? "an error" : "\"" + metaSaid + "\""));
        this.target = target;
    }

    /** The error target that showed. */
    String target() {
        return target;
    }
}
