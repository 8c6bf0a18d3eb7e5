package dev.optout.engine;

import dev.optout.pack.Step;

/**
 * The checks every sending step passes, whatever sends (a click, a key): a yes given, the page still on an allowed
 * host, every filled value still on the page. In a dry run the gate stays shut and the walk stops being checkable.
 */
final class SendGate {

    private final ReadBack readBack;

    SendGate(ReadBack readBack) {
        this.readBack = readBack;
    }

    /** Whether the step may send now; false in a dry run, where it is only shown. */
    boolean open(Step step, RunContext context) {
        if (context.dryRun()) {
            context.markPastDryRunSend();
            return false;
        }
        if (!context.confirmed()) {
            throw new StepFailedException("refusing to send: no confirm step said yes before this step");
        }
        context.requireAllowedOrigin("send");
        readBack.ensureValuesStillOnPage(step, context);
        context.requireAllowedOrigin("send");
        return true;
    }
}
