package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Steps a library writes once for several packs, with parameters: a pack's step {@code use: <name>} with
 * {@code with: {param: value}} is replaced, when the pack loads, by these steps with each {@code {{param}}} replaced
 * by its value. Held as the library's text, with its places, so that an error in an expanded step names the line
 * and column where the fragment is written.
 */
public final class Fragment {

    private final String name;
    private final String library;
    private final List<String> params;
    private final JsonNode steps;
    private final SourceTree tree;
    private final String source;

    Fragment(String name, String library, List<String> params, JsonNode steps, SourceTree tree, String source) {
        this.name = name;
        this.library = library;
        this.params = List.copyOf(params);
        this.steps = steps;
        this.tree = tree;
        this.source = source;
    }

    public String name() {
        return name;
    }

    /** The name of the library that defines it. */
    public String library() {
        return library;
    }

    /** The parameters a use must give, each exactly once. */
    public List<String> params() {
        return params;
    }

    /** The steps as written, parameters unreplaced. */
    JsonNode steps() {
        return steps;
    }

    /** The library's file, for the places of errors in the steps. */
    SourceTree tree() {
        return tree;
    }

    String source() {
        return source;
    }

    /** Where the steps are in the library's file: {@code /fragments/<name>/steps}. */
    String stepsPointer() {
        return Pointers.child(Pointers.child("/fragments", name), "steps");
    }

    @Override
    public String toString() {
        return "fragment '" + name + "' of library " + library;
    }
}
