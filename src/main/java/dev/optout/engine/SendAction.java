package dev.optout.engine;

import dev.optout.page.Match;
import java.util.Optional;

/** What a send does once the gate cleared it: click or press on the send target as the clearing look found it. */
@FunctionalInterface
interface SendAction {

    /**
     * @param proved the send target as found by the look that proved every value, so that what is clicked is the
     *               form that was read back; empty for a send without a target (a key pressed wherever the focus is)
     * @throws FormReplacedException when that element is gone: the page replaced the form since
     */
    StepResult sendOn(Optional<Match> proved);
}
