package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.OptionalInt;

/**
 * A pack or library file's text and its YAML tree, read once however often the file is peeked at (for its id or
 * library name) and loaded. Parsing is the larger part of loading a pack, and a repository needs every file's key
 * before it loads any of them. The tree is never changed after reading, so it can be shared.
 */
final class PackFile {

    private final String source;
    private final String text;
    private SourceTree tree;
    private InvalidPackException unreadable;

    /** @param source how errors name the file, e.g. its path */
    PackFile(String source, String text) {
        this.source = source;
        this.text = text;
    }

    String source() {
        return source;
    }

    String text() {
        return text;
    }

    /** The file's tree; throws {@link InvalidPackException} when it is too big or not a well-formed YAML document. */
    synchronized SourceTree tree() {
        if (tree == null && unreadable == null) {
            try {
                tree = read();
            } catch (InvalidPackException e) {
                unreadable = e;
            }
        }
        if (unreadable != null) {
            throw new InvalidPackException(unreadable.errors());
        }
        return tree;
    }

    /** The top-level map, read without judging it; missing when the file is too big or not YAML. */
    JsonNode peek() {
        try {
            return tree().root();
        } catch (InvalidPackException e) {
            return MissingNode.getInstance();
        }
    }

    private SourceTree read() {
        if (text.length() > PackLoader.MAX_FILE_CHARS) {
            throw new InvalidPackException(List.of(new PackError(source, 0, 0, OptionalInt.empty(), "the file has "
                    + text.length() + " characters; a pack may have at most " + PackLoader.MAX_FILE_CHARS)));
        }
        return YamlTreeReader.read(source, text);
    }
}
