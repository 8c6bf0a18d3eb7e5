package dev.optout.engine;

import dev.optout.pack.Step;

/**
 * Runs one type of step. Executors act once per call, leave every wait to the {@link Waiter}, and hand whatever has
 * an effect to the run's {@link Effects}.
 */
interface StepExecutor<S extends Step> {

    StepResult run(S step);
}
