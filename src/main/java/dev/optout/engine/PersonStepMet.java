package dev.optout.engine;

import dev.optout.page.PagePrompt;

/** The wait for a send's answer met a step only a person may do: it is the person's, then the wait goes on. */
final class PersonStepMet extends RuntimeException {

    private final transient PagePrompt prompt;

    PersonStepMet(PagePrompt prompt) {
        super("the page asks for a step only a person may do");
        this.prompt = prompt;
    }

    PagePrompt prompt() {
        return prompt;
    }
}
