package dev.optout.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Reads YAML into a JSON tree while remembering where every node and key was written. Jackson's own tree reading
 * neither resolves aliases nor keeps locations, hence this walk over the parser's tokens. Duplicate keys and
 * aliases to unknown anchors are errors; so is a tree that grows beyond {@link #MAX_NODES} through aliases.
 */
final class YamlTreeReader {

    static final int MAX_NODES = 100_000;
    static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final Map<String, Position> values = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final List<PackError> errors = new ArrayList<>();
    private YAMLParser parser;
    private int nodeCount;

    private YamlTreeReader(String source) {
        this.source = source;
    }

    /** The tree of a YAML text; throws {@link InvalidPackException} when the text is not a well-formed document. */
    static SourceTree read(String source, String yaml) {
        return new YamlTreeReader(source).read(yaml);
    }

    private SourceTree read(String yaml) {
        JsonNode root;
        try (YAMLParser yamlParser = (YAMLParser) FACTORY.createParser(yaml)) {
            parser = yamlParser;
            if (parser.nextToken() == null) {
                throw invalid(List.of(error(new Position(1, 1), "the file is empty")));
            }
            root = readValue("", 0);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Position position = at == null ? Position.UNKNOWN : new Position(at.getLineNr(), at.getColumnNr());
            throw invalid(List.of(error(position, "not valid YAML: " + e.getOriginalMessage().strip())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TooBig e) {
            throw invalid(List.of(error(e.position, e.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return new SourceTree(root, values, keys);
    }

    private JsonNode readValue(String pointer, int depth) throws IOException {
        Position at = here();
        values.put(pointer, at);
        if (depth > MAX_DEPTH) {
            throw new TooBig(at, "the file nests deeper than " + MAX_DEPTH + " levels");
        }
        if (parser.isCurrentAlias()) {
            return resolveAlias(at);
        }
        String anchor = parser.getCurrentAnchor();
        JsonNode node = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(pointer, depth);
            case START_ARRAY -> readArray(pointer, depth);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new TooBig(at, "unexpected YAML token " + parser.currentToken());
        };
        count(at, 1);
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private ObjectNode readObject(String pointer, int depth) throws IOException {
        ObjectNode object = NODES.objectNode();
        Map<String, Position> seen = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Position keyAt = here();
            String child = Pointers.child(pointer, key);
            parser.nextToken();
            Position first = seen.putIfAbsent(key, keyAt);
            if (first != null) {
                errors.add(error(keyAt, "duplicate key '" + key + "' (first at line " + first.line() + ")"));
                readValue(pointer + "/#duplicate", depth + 1);
                continue;
            }
            keys.put(child, keyAt);
            object.set(key, readValue(child, depth + 1));
        }
        return object;
    }

    private ArrayNode readArray(String pointer, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(Pointers.child(pointer, array.size()), depth + 1));
        }
        return array;
    }

    private JsonNode resolveAlias(Position at) throws IOException {
        String name = parser.getText();
        JsonNode target = anchors.get(name);
        if (target == null) {
            errors.add(error(at, "alias '*" + name + "' refers to no anchor defined before it (anchors: "
                    + (anchors.isEmpty() ? "none" : String.join(", ", new TreeSet<>(anchors.keySet()))) + ")"));
            return NODES.nullNode();
        }
        count(at, sizeOf(target));
        return target.deepCopy();
    }

    private void count(Position at, int added) {
        nodeCount += added;
        if (nodeCount > MAX_NODES) {
            throw new TooBig(at, "the file expands to more than " + MAX_NODES + " values (aliases of aliases?)");
        }
    }

    private static int sizeOf(JsonNode node) {
        int size = 1;
        for (JsonNode child : node) {
            size += sizeOf(child);
        }
        return size;
    }

    private Position here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    private PackError error(Position at, String message) {
        return new PackError(source, at.line(), at.column(), OptionalInt.empty(), message);
    }

    private static InvalidPackException invalid(List<PackError> errors) {
        return new InvalidPackException(errors);
    }

    /** Stops reading at once: continuing would only cost time or memory. */
    private static final class TooBig extends RuntimeException {
        private final transient Position position;

        TooBig(Position position, String message) {
            super(message, null, false, false);
            this.position = position;
        }
    }
}
