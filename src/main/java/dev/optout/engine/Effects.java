package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.Match;
import dev.optout.report.Outcome;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything that differs between a live run and a dry run, chosen once per run: a live run types, chooses, ticks,
 * presses, asks and sends; a dry run walks the same steps, outlines and photographs each target, and says what it
 * would do. Executors hand their actions to it and never ask which mode they are in.
 */
interface Effects {

    /** A target was found: a dry run outlines it with the step's number and photographs it. */
    void show(Step step, Match match);

    /**
     * Types, chooses, ticks, presses a key or asks the person: live, {@code action} runs; a dry run only notes
     * "would " and {@code inWords}.
     *
     * @param inWords what the action does, e.g. {@code type "x" into 'Reason'}
     */
    StepResult perform(Optional<Match> target, String inWords, Supplier<StepResult> action);

    /**
     * Puts a value into a field: live, {@code action} writes it and keeps it for the next send; a dry run notes
     * "would " and {@code inWords} and keeps {@code field} for the next send too, so that its summary lists all a
     * live run would send.
     */
    StepResult write(Optional<Match> target, String inWords, FilledField field, Supplier<StepResult> action);

    /**
     * A click or key press that sends: live, only after the send gate and only once, and what was filled is sent;
     * a dry run notes where it would send, and the steps after it are out of its reach. {@code action} acts on the
     * send target as the gate's read-back found it; when the page replaced the form since, the gate reads back again.
     */
    StepResult send(Step step, Optional<Match> target, String inWords, SendAction action);

    /** Live, {@code asking} shows the summary and asks for the yes; a dry run shows the summary and asks nothing. */
    StepResult confirm(Step.Confirm step, Supplier<StepResult> asking);

    /** The page shows the success condition: a live run keeps its text and a photo as proof. */
    void keepProof(Step step, Match match);

    /** The page confirmed the send in words of its own (judged by its structure): kept as the proof. */
    void keepProof(Step step, Verdict confirmed);

    /** Before a step: why a dry run cannot reach it, if it cannot. */
    Optional<StepResult> outOfReach(Step step);

    /** After a step that did not fail: a dry run keeps a photo of every step it walked. */
    void afterStep(Step step, StepResult result);

    /**
     * A required step could not be done: a live run ends (failed, or unconfirmed when something was sent); a dry run
     * goes on, to report every target found or missing.
     */
    StepResult missed(Step step, FailureRecord failure);

    /**
     * A step that waiting cannot help, whatever the mode (the page needs a person and nobody is at the browser): a
     * live run ends as after a miss, and a dry run ends too, since every later step would meet the same page.
     */
    StepResult stuck(Step step, FailureRecord failure);

    /** How a walk through every step ended. */
    Outcome completed();
}
