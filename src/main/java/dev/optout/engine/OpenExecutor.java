package dev.optout.engine;

import dev.optout.pack.Step.Open;
import dev.optout.page.Page;

/** Loads a page (on its loopback stand-in when mapped) and refuses to go on if it landed off the allowed hosts. */
final class OpenExecutor implements StepExecutor<Open> {

    private final Page page;
    private final OriginGuard origins;

    OpenExecutor(Page page, OriginGuard origins) {
        this.page = page;
        this.origins = origins;
    }

    @Override
    public StepResult run(Open step) {
        String url = origins.toBrowserUrl(step.url());
        page.open(url);
        origins.requireAllowed("go on");
        return StepResult.done("opened " + url);
    }
}
