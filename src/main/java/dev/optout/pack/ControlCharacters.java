package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Refuses control characters (other than tab and line break) anywhere in a pack's or a library's text: names,
 * messages, locator values, defaults, URLs and keys. YAML lets them in through escapes such as {@code "\0"} or
 * {@code "\a"}; a browser receiving one makes a field retype itself, and a terminal may act on one.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static void report(SourceTree tree, Problems problems) {
        walk(tree.root(), "", problems);
    }

    private static void walk(JsonNode node, String pointer, Problems problems) {
        if (node.isTextual()) {
            first(node.asText()).ifPresent(at -> problems.at(pointer, message(node.asText(), at, "text")));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), Pointers.child(pointer, i), problems);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String child = Pointers.child(pointer, entry.getKey());
                first(entry.getKey()).ifPresent(at -> problems.atKey(child, message(entry.getKey(), at, "key")));
                walk(entry.getValue(), child, problems);
            }
        }
    }

    /** Whether a text holds a refused character; other checks of such a text would only repeat the error. */
    static boolean any(String text) {
        return first(text).isPresent();
    }

    /** The index (in code points) of the first refused character. */
    private static OptionalInt first(String text) {
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n') {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static String message(String text, int index, String what) {
        int c = text.codePoints().toArray()[index];
        return "the " + what + " holds the control character U+" + String.format("%04X", c) + " at character "
                + (index + 1) + "; remove it (a pack's text may hold tabs and line breaks, no other control "
                + "characters)";
    }
}
