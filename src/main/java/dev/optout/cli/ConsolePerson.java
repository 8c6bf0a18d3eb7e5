package dev.optout.cli;

import dev.optout.engine.Person;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The person at the terminal: questions go to the command's output, each answer is one line of input. */
final class ConsolePerson implements Person {

    private static final Set<String> YES = Set.of("y", "yes");

    private final Console console;
    private final PrintWriter out;

    ConsolePerson(Console console, PrintWriter out) {
        this.console = console;
        this.out = out;
    }

    @Override
    public boolean confirm(String question) {
        out.print(question + " [y/N] ");
        out.flush();
        Optional<String> answer = readAnswer();
        if (answer.isEmpty()) {
            out.println();
            out.println("(no answer: taken as no)");
        }
        return answer.map(a -> YES.contains(a.strip().toLowerCase(Locale.ROOT))).orElse(false);
    }

    @Override
    public Optional<String> ask(String prompt) {
        out.print(prompt + ": ");
        out.flush();
        return readAnswer().map(String::strip);
    }

    /** One line of input; piped answers are not echoed, so the prompt's line is ended for a readable transcript. */
    private Optional<String> readAnswer() {
        Optional<String> answer = console.readLine();
        if (answer.isPresent() && !console.terminal().interactive()) {
            out.println();
        }
        return answer;
    }

    /** Known without reading: asking first would hide the question from a script that answers what it sees. */
    @Override
    public boolean canAnswer() {
        return !console.inputEnded();
    }

    @Override
    public void tell(String message) {
        out.println(message);
        out.flush();
    }
}
