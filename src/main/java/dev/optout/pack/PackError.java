package dev.optout.pack;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing wrong with a pack file.
 *
 * @param file     the pack's source name, as given to the loader
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param step     the 1-based step number when the error is inside a step
 * @param stepType the step's type key ({@code select}) when the step has exactly one
 * @param message  the sentence, without the location prefix
 * @param fragment the fragment of a library the step belongs to, whose own steps are numbered from 1
 */
public record PackError(String file, int line, int column, OptionalInt step, Optional<String> stepType, String message,
        Optional<String> fragment) {

    public PackError(String file, int line, int column, OptionalInt step, Optional<String> stepType, String message) {
        this(file, line, column, step, stepType, message, Optional.empty());
    }

    public PackError(String file, int line, int column, OptionalInt step, String message) {
        this(file, line, column, step, Optional.empty(), message);
    }

    /**
     * The error as one line: {@code pack.yaml:42:7: step 6 (select): target 'countri' is not defined ...}, or in a
     * library {@code lib.yaml:30:9: fragment 'arrival' step 2 (click): ...}.
     */
    public String toLine() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        fragment.ifPresent(name -> out.append("fragment '").append(name).append("' "));
        if (step.isPresent()) {
            out.append("step ").append(step.getAsInt());
            stepType.ifPresent(type -> out.append(" (").append(type).append(')'));
            out.append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public String toString() {
        return toLine();
    }
}
