package dev.optout.cli;

/** Every exit code of the tool, defined once and listed in {@code --help}. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int INVALID_PACK_OR_INPUT = 3;
    public static final int STEP_FAILED = 4;
    public static final int DECLINED = 5;
    public static final int BROWSER_UNAVAILABLE = 6;
    public static final int BROWSER_CLOSED = 7;
    /** Meta's page refused the send; nothing counts as sent. */
    public static final int REFUSED = 8;
    /** The send left the browser and came back as an error. */
    public static final int SEND_FAILED = 9;
    /** The send left the browser and came back, but no confirmation was recognised. */
    public static final int SENT_UNCONFIRMED = 10;
    /** 128 + 2, what shells report for a program ended by SIGINT (Ctrl-C). */
    public static final int INTERRUPTED = 130;
    /** 128 + 15, what shells report for a program ended by SIGTERM. */
    public static final int TERMINATED = 143;

    /** The list {@code --help} prints, in order. */
    static final java.util.Map<String, String> DESCRIPTIONS = descriptions();

    private static java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        list.put(code(OK), "done (or a dry run found every target)");
        list.put(code(INTERNAL_ERROR), "internal error (rerun with --stacktrace and report it)");
        list.put(code(USAGE), "usage: an unknown option or a malformed argument");
        list.put(code(INVALID_PACK_OR_INPUT), "invalid selector pack or input value");
        list.put(code(STEP_FAILED), "a step failed before anything was sent (a dry run missed a target)");
        list.put(code(DECLINED), "you declined at the confirmation; nothing was sent");
        list.put(code(BROWSER_UNAVAILABLE), "no usable browser or driver, or no display where a pack may need you");
        list.put(code(BROWSER_CLOSED), "the browser was closed during the run");
        list.put(code(REFUSED), "refused: Meta's page refused the send (its words are quoted); nothing counts as "
                + "sent: correct it and run again");
        list.put(code(SEND_FAILED), "failed: the send left the browser and Meta's page answered with an error; it "
                + "may have reached Meta: check your email before sending again");
        list.put(code(SENT_UNCONFIRMED), "sent-unconfirmed: the send left the browser, but no confirmation was "
                + "recognised; it counts as sent: do not send it again");
        list.put(code(INTERRUPTED), "interrupted by Ctrl-C (SIGINT); the browser it started is closed");
        list.put(code(TERMINATED), "stopped by SIGTERM; the browser it started is closed");
        return java.util.Collections.unmodifiableMap(list);
    }

    /** Right-aligned, so that one- and three-digit codes line up. */
    private static String code(int code) {
        return String.format("%3d", code);
    }

    private ExitCodes() {
    }
}
