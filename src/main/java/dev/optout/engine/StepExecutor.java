package dev.optout.engine;

import dev.optout.pack.Step;

/** Runs one type of step. Executors act once per call and leave every wait to the {@link Waiter}. */
interface StepExecutor<S extends Step> {

    StepResult run(S step, RunContext context);
}
