package dev.optout.cli;

import dev.optout.browser.BrowserSession;
import dev.optout.engine.RunInterruption;
import dev.optout.engine.RunResult;
import dev.optout.engine.Runner;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What Ctrl-C or SIGTERM does to packs walked in one browser: the walk under way records nothing more; the browser
 * the tool started is stopped (in the person's own browser, only the tool's tab is closed); the walk's record is
 * written as aborted and what it sent goes into the send ledger; and one line says where it stopped and exactly what
 * was sent. The main thread hands over each pack's bookkeeping through {@link #ended}, under the same lock, so a
 * pack's sends are recorded once, by whichever thread gets there.
 */
final class WorkflowInterruption implements Interrupts.Stop {

    private final PrintWriter err;
    private final BiConsumer<RunWorkflow.PreparedRun, RunInterruption> keepInterrupted;
    private final BiConsumer<RunWorkflow.PreparedRun, RunResult> keepFinished;
    private BrowserSession session;
    private RunWorkflow.PreparedRun current;
    private Runner runner;
    private boolean stopped;
    private int packsEnded;

    /**
     * @param keepInterrupted keeps the proof of a pack's interrupted walk: its sends, and the one under way
     * @param keepFinished    keeps the proof of a pack's walk that ended by itself
     */
    WorkflowInterruption(PrintWriter err, BiConsumer<RunWorkflow.PreparedRun, RunInterruption> keepInterrupted,
                         BiConsumer<RunWorkflow.PreparedRun, RunResult> keepFinished) {
        this.err = err;
        this.keepInterrupted = keepInterrupted;
        this.keepFinished = keepFinished;
    }

    synchronized void browserOpen(BrowserSession open) {
        session = open;
    }

    synchronized void walking(RunWorkflow.PreparedRun prepared, Runner walker) {
        current = prepared;
        runner = walker;
    }

    /** The main thread, after a pack's walk: its proof is kept here unless an interruption took it over. */
    synchronized void ended(RunWorkflow.PreparedRun prepared, RunResult result, Runnable andThen) {
        if (stopped) {
            return;
        }
        keepFinished.accept(prepared, result);
        andThen.run();
        current = null;
        runner = null;
        packsEnded++;
    }

    @Override
    public synchronized void stop(Interrupts.Kind signal) {
        stopped = true;
        boolean underWay = runner != null && runner.interrupting();
        stopBrowser();
        if (underWay) {
            RunInterruption interruption = runner.interrupted(signal.signalName());
            keepInterrupted.accept(current, interruption);
            say(interruption.sentence() + ". Report: " + current.report().folder().resolve("run.json"));
            return;
        }
        Optional<RunResult> finished = runner == null ? Optional.empty() : runner.result();
        if (finished.isPresent()) {
            keepFinished.accept(current, finished.get());
            say("Interrupted after " + current.pack().id() + " had ended (outcome "
                    + finished.get().record().outcome().jsonName() + "). Report: "
                    + current.report().folder().resolve("run.json"));
            return;
        }
        if (session == null) {
            say("Interrupted while the browser was starting; nothing was sent");
        } else {
            say(packsEnded == 0 ? "Interrupted before the first step; nothing was sent"
                    : "Interrupted between two packs; nothing more was sent");
        }
    }

    private void stopBrowser() {
        if (session != null) {
            session.stopNow();
        } else {
            BrowserSession.stopStartedProcesses();
        }
    }

    private void say(String line) {
        err.println("optout: " + line);
        err.flush();
    }
}
