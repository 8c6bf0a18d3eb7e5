package dev.optout.cli;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * Asks a question until the answer is good: an empty or wrong answer is refused with the reason and asked again, up
 * to three times. What was answered before stays answered: only the question at hand is asked again. End of input
 * (a script that piped too few lines) ends the asking at once, since nobody is there to answer.
 */
final class Prompter {

    static final int ATTEMPTS = 3;

    private final Console console;
    private final PrintWriter out;

    Prompter(Console console, PrintWriter out) {
        this.console = console;
        this.out = out;
    }

    /**
     * The answer, or empty when an optional question was skipped with Enter (or at end of input).
     *
     * @throws UserError (exit 3) when a required question got no good answer
     */
    <T> Optional<T> ask(Question<T> question) {
        String reason = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            out.print(question.prompt() + " [" + question.hint() + "]: ");
            out.flush();
            Optional<String> line = console.readLine();
            if (line.isPresent() && !console.terminal().interactive()) {
                // Piped answers are not echoed: end the prompt's line so the transcript stays readable.
                out.println();
            }
            if (line.isEmpty()) {
                out.println();
                out.flush();
                if (question.required()) {
                    throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, question.name() + " is required: pass "
                            + question.howToGive() + " or type it when asked");
                }
                return Optional.empty();
            }
            String answer = line.get().strip();
            if (answer.isEmpty()) {
                if (!question.required()) {
                    return Optional.empty();
                }
                reason = question.name() + " is required";
            } else {
                try {
                    return Optional.of(question.reader().apply(answer));
                } catch (Question.Refused refused) {
                    reason = refused.getMessage();
                }
            }
            out.println("  " + reason + (reason.matches(".*[.?!]$") ? "" : ".")
                    + (attempt < ATTEMPTS ? " Please try again." : ""));
            out.flush();
        }
        throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, "no good answer for " + question.name() + " after "
                + ATTEMPTS + " tries (" + reason + "); pass " + question.howToGive() + " to give it directly");
    }
}
