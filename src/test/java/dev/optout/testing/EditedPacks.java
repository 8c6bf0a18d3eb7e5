package dev.optout.testing;

import dev.optout.pack.Pack;
import dev.optout.pack.PackLoader;
import dev.optout.pack.PackRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A bundled pack with some of its text changed, wherever that text is written: in the pack, in a library it uses or
 * in a pack it includes. Each edited file goes into a throwaway folder of the person's own packs, where it replaces
 * the bundled one, as a person's fix would.
 */
public final class EditedPacks {

    private EditedPacks() {
    }

    /**
     * The edits that take every structural fallback ({@code structure:}) out of the bundled packs and libraries: a
     * pack written before them, as a person's own may be, whose targets a reworded page hides entirely.
     */
    public static final Map<String, String> WITHOUT_STRUCTURE = Map.of(
            "    - structure: country-chooser\n", "",
            "    - structure: email-field\n", "",
            "    - structure: only-textarea\n", "",
            "    - structure: last-button\n", "");

    /** The bundled library {@code name} as {@link #WITHOUT_STRUCTURE} leaves it. */
    public static String libraryWithoutStructure(String name) {
        try {
            String text = Files.readString(Path.of("selectors", PackRepository.LIBRARY_FOLDER, name));
            for (Map.Entry<String, String> edit : WITHOUT_STRUCTURE.entrySet()) {
                text = text.replace(edit.getKey(), edit.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param edits each text to replace, with its replacement, applied to every bundled pack and library file */
    public static Pack load(String packId, Map<String, String> edits) {
        try {
            Path folder = Files.createTempDirectory("optout-edited-packs");
            Path libraries = Files.createDirectories(folder.resolve(PackRepository.LIBRARY_FOLDER));
            for (String name : PackRepository.bundledNames()) {
                copyEdited(Path.of("selectors", name), folder.resolve(name), edits);
            }
            for (String name : PackRepository.bundledLibraryNames()) {
                copyEdited(Path.of("selectors", PackRepository.LIBRARY_FOLDER, name), libraries.resolve(name), edits);
            }
            return new PackRepository(new PackLoader(), Optional.of(folder)).byId(packId).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyEdited(Path bundled, Path copy, Map<String, String> edits) throws IOException {
        String original = Files.readString(bundled);
        String edited = original;
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            edited = edited.replace(edit.getKey(), edit.getValue());
        }
        if (!edited.equals(original)) {
            Files.writeString(copy, edited);
        }
    }
}
