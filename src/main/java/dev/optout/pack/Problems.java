package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the errors of one pack file, placing each by the JSON pointer of what it is about. */
final class Problems {

    /** A step of a pack, or of a fragment in a library: {@code /steps/3/…}, {@code /fragments/arrival/steps/0/…}. */
    static final Pattern STEP_POINTER = Pattern.compile("^(/fragments/([^/]+))?/steps/(\\d+)(/.*)?$");

    private final String file;
    private final SourceTree tree;
    private final List<PackError> errors = new ArrayList<>();
    private final List<PackError> foreign = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Problems(String file, SourceTree tree) {
        this.file = file;
        this.tree = tree;
    }

    /** An error about a value, placed where the value starts. */
    void at(String pointer, String message) {
        add(pointer, tree.valueAt(pointer), message);
    }

    /** An error about a key (unknown, misplaced), placed at the key. */
    void atKey(String pointer, String message) {
        add(pointer, tree.keyAt(pointer), message);
    }

    /** Errors of another file this one depends on (a library, an included pack); they keep naming that file. */
    void foreign(List<PackError> others) {
        others.stream().filter(error -> !foreign.contains(error)).forEach(foreign::add);
    }

    boolean isEmpty() {
        return errors.isEmpty() && foreign.isEmpty();
    }

    /** Throws this file's errors in file order, then those of the files it depends on. */
    void throwIfAny() {
        if (!isEmpty()) {
            throw new InvalidPackException(all());
        }
    }

    private void add(String pointer, Position at, String message) {
        if (!seen.add(at.line() + ":" + at.column() + ":" + message)) {
            return;
        }
        Matcher step = STEP_POINTER.matcher(pointer);
        OptionalInt number = OptionalInt.empty();
        Optional<String> type = Optional.empty();
        Optional<String> fragment = Optional.empty();
        if (step.matches()) {
            int index = Integer.parseInt(step.group(3));
            number = OptionalInt.of(index + 1);
            String list = (step.group(1) == null ? "" : step.group(1)) + "/steps";
            type = stepType(tree.root().at(list).path(index));
            fragment = Optional.ofNullable(step.group(2)).map(Pointers::unescape);
        }
        errors.add(new PackError(file, at.line(), at.column(), number, type, message, fragment));
    }

    /** The tree the pointers of this file's errors address. */
    SourceTree tree() {
        return tree;
    }

    /** The file's errors in file order, then those of the files it depends on. */
    List<PackError> all() {
        List<PackError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(PackError::line).thenComparingInt(PackError::column));
        sorted.addAll(foreign);
        return sorted;
    }

    /** The type key of a step when it has exactly one. */
    static Optional<String> stepType(JsonNode step) {
        List<String> types = typeKeys(step);
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    static List<String> typeKeys(JsonNode step) {
        List<String> types = new ArrayList<>();
        if (step.isObject()) {
            step.fieldNames().forEachRemaining(key -> {
                if (StepSyntax.PARAMETERS.containsKey(key)) {
                    types.add(key);
                }
            });
        }
        return types;
    }
}
