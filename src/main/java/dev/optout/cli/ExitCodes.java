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


    /** The list {@code --help} prints, in order. */
    static final java.util.Map<String, String> DESCRIPTIONS = descriptions();

    private static java.util.Map<String, String> descriptions() {
        java.util.Map<String, String> list = new java.util.LinkedHashMap<>();
        list.put(" " + OK, "done (or a dry run found every target)");
        list.put(" " + INTERNAL_ERROR, "internal error (rerun with --stacktrace and report it)");
        list.put(" " + USAGE, "usage: an unknown option or a malformed argument");
        list.put(" " + INVALID_PACK_OR_INPUT, "invalid selector pack or input value");
        list.put(" " + STEP_FAILED, "a step or the verification failed (a dry run missed a target)");
        list.put(" " + DECLINED, "you declined at the confirmation; nothing was sent");
        list.put(" " + BROWSER_UNAVAILABLE, "no usable browser or driver, or no display where a pack may need you");
        list.put(" " + BROWSER_CLOSED, "the browser was closed during the run");
        return java.util.Collections.unmodifiableMap(list);
    }

    private ExitCodes() {
    }
}
