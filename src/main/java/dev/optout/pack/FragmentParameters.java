package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fragment's parameters as its steps write them: {@code {{app}}}, in any text, URL or target name. The double braces
 * cannot be mistaken for an input's {@code ${email}}, which stays in the steps for the run to fill in.
 */
final class FragmentParameters {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([a-z][a-z0-9_-]*)}}");

    private FragmentParameters() {
    }

    /** Whether a text holds something meant as a parameter, well written or not. */
    static boolean mentions(String text) {
        return text.contains("{{") || text.contains("}}");
    }

    /** The parameter names a text refers to, in order. */
    static List<String> references(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether braces remain that are not a well-written reference, such as {@code {{ app }}} or {@code {{App}}}. */
    static boolean malformed(String text) {
        return mentions(REFERENCE.matcher(text).replaceAll(""));
    }

    /** Calls back with each text value under a node and its pointer. */
    static void eachText(JsonNode node, String pointer, BiConsumer<String, String> action) {
        if (node.isTextual()) {
            action.accept(node.asText(), pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachText(node.get(i), Pointers.child(pointer, i), action);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(entry -> eachText(entry.getValue(), Pointers.child(pointer, entry.getKey()),
                    action));
        }
    }

    /** A copy of a step with every reference replaced by its value; the shape, and so every pointer, is unchanged. */
    static JsonNode substitute(JsonNode node, Map<String, String> values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isTextual()) {
            Matcher matcher = REFERENCE.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = values.getOrDefault(matcher.group(1), matcher.group());
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return nodes.textNode(out.toString());
        }
        if (node.isArray()) {
            ArrayNode array = nodes.arrayNode();
            node.forEach(item -> array.add(substitute(item, values)));
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = nodes.objectNode();
            node.fields().forEachRemaining(entry -> object.set(entry.getKey(), substitute(entry.getValue(), values)));
            return object;
        }
        return node;
    }
}
