package dev.optout.engine;

import dev.optout.pack.Step.Open;

/** Loads a page (on its loopback stand-in when mapped) and refuses to go on if it landed off the allowed hosts. */
final class OpenExecutor implements StepExecutor<Open> {

    @Override
    public StepResult run(Open step, RunContext context) {
        String url = context.origins.toBrowserUrl(step.url());
        Waiter.once(() -> {
            context.page.open(url);
            return null;
        });
        context.requireAllowedOrigin("go on");
        return StepResult.done("opened " + url);
    }
}
