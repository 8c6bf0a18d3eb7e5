package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a YAML selector pack into a {@link Pack}, or a library file into a {@link Library}, or throws
 * {@link InvalidPackException} listing every problem in the file with its line, column and step. A pack's
 * {@code uses} and {@code include} are looked up through a {@link PackResolver}; include steps are replaced by the
 * included pack's steps, so a loaded pack is one flat, numbered list. Stateless and thread-safe.
 */
public final class PackLoader {

    /** Packs larger than this are refused before parsing; the shipped ones are a few kilobytes. */
    public static final int MAX_FILE_CHARS = 1_000_000;

    /** Reads and validates a pack file that uses no library and includes no pack. */
    public Pack load(Path file) {
        return load(file, PackResolver.NONE);
    }

    /** Reads and validates a pack file; its path, as given, names it in errors. */
    public Pack load(Path file, PackResolver resolver) {
        return load(file.toString(), read(file), resolver);
    }

    /** Validates a pack given as text that uses no library and includes no pack. */
    public Pack load(String sourceName, String yamlText) {
        return load(sourceName, yamlText, PackResolver.NONE);
    }

    /**
     * Validates a pack given as text.
     *
     * @param sourceName how errors and {@link Pack#source()} name the pack, e.g. its file name
     * @param resolver   finds the libraries the pack uses and the packs it includes
     */
    public Pack load(String sourceName, String yamlText, PackResolver resolver) {
        return load(new PackFile(sourceName, yamlText), resolver, ContentChecks.RUN);
    }

    /** Validates a pack file whose tree may have been read already, with or without its content checks. */
    Pack load(PackFile file, PackResolver resolver, ContentChecks checks) {
        String sourceName = file.source();
        SourceTree tree = parse(file, "a pack is a map of keys (format, id, title, origins, steps, ...)");
        Problems problems = new Problems(sourceName, tree);
        ControlCharacters.report(tree, problems);
        if (checks.run()) {
            new SchemaMessages(PackSchema.get(), tree, problems).check();
        }
        Pack pack = new PackBuilder(tree, problems, sourceName, resolver, checks).build();
        problems.throwIfAny();
        return pack;
    }

    /** Reads and validates a library file; its path, as given, names it in errors. */
    public Library loadLibrary(Path file) {
        return loadLibrary(file.toString(), read(file));
    }

    /** Validates a library of shared targets given as text. */
    public Library loadLibrary(String sourceName, String yamlText) {
        return loadLibrary(new PackFile(sourceName, yamlText), ContentChecks.RUN);
    }

    /** Validates a library file whose tree may have been read already, with or without its content checks. */
    Library loadLibrary(PackFile file, ContentChecks checks) {
        String sourceName = file.source();
        SourceTree tree = parse(file, "a library is a map of keys (format, library, description, targets, ...)");
        Problems problems = new Problems(sourceName, tree);
        ControlCharacters.report(tree, problems);
        if (checks.run()) {
            new SchemaMessages(PackSchema.library(), tree, problems).check();
        }
        JsonNode root = tree.root();
        Map<String, Target> targets = new TargetReader(problems, checks).read(root.path("targets"));
        OverlayReader overlays = new OverlayReader(problems, (name, pointer) -> {
            if (!root.path("targets").has(name)) {
                problems.at(pointer, "target '" + name + "' is not defined in this library" + PackBuilder.suggestion(
                        name, new TreeSet<>(targets.keySet())));
            }
        });
        String name = root.path("library").asText("");
        Library library = new Library(root.path("format").asInt(Pack.CURRENT_FORMAT), name,
                root.path("description").asText(""), targets, overlays.interrupts(root.path("interrupts")),
                overlays.errorTargets(root.path("errors")),
                new FragmentReader(tree, problems, name, sourceName).read(root.path("fragments")), sourceName);
        problems.throwIfAny();
        return library;
    }

    /** The tree of a file that is a map in a format this optout reads; anything else is thrown as errors at once. */
    private static SourceTree parse(PackFile file, String shape) {
        SourceTree tree = file.tree();
        Problems problems = new Problems(file.source(), tree);
        if (!tree.root().isObject()) {
            problems.at("", shape + ", not " + SchemaMessages.describe(tree.root()));
            problems.throwIfAny();
        }
        checkFormat(tree.root().path("format"), problems);
        problems.throwIfAny();
        return tree;
    }

    /** A pack or library file's text; the one place pack files are read. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pack file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A newer format is refused on its own: its other errors would only be this engine not knowing it. */
    private static void checkFormat(JsonNode format, Problems problems) {
        if (format.isIntegralNumber() && format.bigIntegerValue().compareTo(
                java.math.BigInteger.valueOf(Pack.CURRENT_FORMAT)) > 0) {
            problems.at("/format", "this pack needs optout format " + format.asText() + "; this optout reads up to "
                    + Pack.CURRENT_FORMAT + " — upgrade optout");
        }
    }
}
