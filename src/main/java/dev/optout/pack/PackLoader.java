package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns a YAML selector pack into a {@link Pack}, or throws {@link InvalidPackException} listing every problem in
 * the file with its line, column and step. Stateless and thread-safe.
 */
public final class PackLoader {

    /** Packs larger than this are refused before parsing; the shipped ones are a few kilobytes. */
    public static final int MAX_FILE_CHARS = 1_000_000;

    /** Reads and validates a pack file; its path, as given, names it in errors. */
    public Pack load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pack file " + file + ": " + e.getMessage(), e);
        }
        return load(file.toString(), text);
    }

    /**
     * Validates a pack given as text.
     *
     * @param sourceName how errors and {@link Pack#source()} name the pack, e.g. its file name
     */
    public Pack load(String sourceName, String yamlText) {
        if (yamlText.length() > MAX_FILE_CHARS) {
            throw new InvalidPackException(List.of(new PackError(sourceName, 0, 0, OptionalInt.empty(),
                    "the file has " + yamlText.length() + " characters; a pack may have at most " + MAX_FILE_CHARS)));
        }
        SourceTree tree = YamlTreeReader.read(sourceName, yamlText);
        Problems problems = new Problems(sourceName, tree);
        if (!tree.root().isObject()) {
            problems.at("", "a pack is a map of keys (format, id, title, origins, steps, ...), not "
                    + SchemaMessages.describe(tree.root()));
            problems.throwIfAny();
        }
        checkFormat(tree.root().path("format"), problems);
        problems.throwIfAny();
        new SchemaMessages(PackSchema.get(), tree, problems).check();
        Pack pack = new PackBuilder(tree, problems, sourceName).build();
        problems.throwIfAny();
        return pack;
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
