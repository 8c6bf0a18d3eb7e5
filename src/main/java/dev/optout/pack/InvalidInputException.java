package dev.optout.pack;

import java.util.List;

/** The person's values do not fit the pack's inputs; each problem names the input and says how to fix it. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
