package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One fix file, {@code <packs>/fixes/<pack-id>.yaml}, read and judged like a pack (its schema, then what a schema
 * cannot say) and written back in the same shape. Which locator kinds it holds is closed: those the repair builds.
 */
final class FixFile {

    static final int FORMAT = 1;
    /** The YAML keys of the locator kinds a fix may hold; {@code name} belongs to {@code role}. */
    private static final Map<String, LocatorKind> KINDS = Map.of("label", LocatorKind.LABEL, "testid",
            LocatorKind.TESTID, "name-attribute", LocatorKind.NAME, "placeholder", LocatorKind.PLACEHOLDER, "title",
            LocatorKind.TITLE, "near-text", LocatorKind.NEAR_TEXT, "text", LocatorKind.TEXT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private FixFile() {
    }

    /**
     * The fixes of one file, for the pack the file names.
     *
     * @throws InvalidPackException with every error of the file, each with its line and column
     */
    static List<Fix> read(String source, String text, String expectedPack, List<Origin> packOrigins) {
        SourceTree tree = YamlTreeReader.read(source, text);
        Problems problems = new Problems(source, tree);
        new SchemaMessages(PackSchema.fix(), tree, problems).check();
        problems.throwIfAny();
        JsonNode root = tree.root();
        if (root.path("format").asInt() > FORMAT) {
            problems.at("/format", "this fix file needs optout format " + root.path("format").asText()
                    + "; this optout reads up to " + FORMAT + " — upgrade optout");
        }
        String pack = root.path("pack").asText();
        if (!pack.equals(expectedPack)) {
            problems.at("/pack", "the file is named for pack '" + expectedPack + "' but says pack '" + pack + "'");
        }
        List<Fix> fixes = new ArrayList<>();
        JsonNode list = root.path("fixes");
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/fixes/" + i;
            read(list.get(i), pointer, pack, problems).ifPresent(fix -> {
                if (fix.origin().isPresent() && !packOrigins.isEmpty() && !packOrigins.contains(fix.origin().get())) {
                    problems.at(pointer + "/origin", "origin " + fix.origin().get() + " is not one of the pack's ("
                            + packOrigins.stream().map(Origin::toString).collect(Collectors.joining(", ")) + ")");
                } else {
                    fixes.add(fix);
                }
            });
        }
        problems.throwIfAny();
        return fixes;
    }

    private static Optional<Fix> read(JsonNode node, String pointer, String pack, Problems problems) {
        List<String> kinds = new ArrayList<>();
        node.fieldNames().forEachRemaining(key -> {
            if (KINDS.containsKey(key) || key.equals("role")) {
                kinds.add(key);
            }
        });
        if (kinds.size() != 1) {
            problems.at(pointer, "a fix needs exactly one of role, label, testid, name-attribute, placeholder, title, near-text, text"
                    + (kinds.isEmpty() ? "" : "; this one has " + String.join(", ", kinds)));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        if (node.has("name") && !kind.equals("role")) {
            problems.atKey(pointer + "/name", "'name' goes with 'role' only");
            return Optional.empty();
        }
        String language = node.path("lang").asText();
        // Any page language: a text keyed by one would leave others an empty name, which matches anything.
        LocalizedText value = LocalizedText.of(kind.equals("role") ? node.path("name").asText("")
                : node.path(kind).asText());
        if (ControlCharacters.any(value.in(language).orElse(""))) {
            problems.at(pointer + "/" + (kind.equals("role") ? "name" : kind), "the text has control characters");
            return Optional.empty();
        }
        Locator locator = kind.equals("role") ? Locator.role(node.path("role").asText(), value)
                : new Locator(KINDS.get(kind), value, Optional.empty());
        Optional<Origin> origin = Optional.empty();
        if (node.has("origin")) {
            try {
                origin = Optional.of(Origin.parse(node.path("origin").asText()));
            } catch (IllegalArgumentException e) {
                problems.at(pointer + "/origin", e.getMessage());
                return Optional.empty();
            }
        }
        LocalDate date;
        try {
            date = LocalDate.parse(node.path("date").asText());
        } catch (java.time.format.DateTimeParseException e) {
            problems.at(pointer + "/date", "not a date: " + node.path("date").asText());
            return Optional.empty();
        }
        return Optional.of(new Fix(pack, node.path("target").asText(), locator, language, origin, date));
    }

    /** The file's text for these fixes, every one of the same pack, in the order given. */
    static String write(String pack, List<Fix> fixes) {
        ObjectNode root = YAML.createObjectNode();
        root.put("format", FORMAT);
        root.put("pack", pack);
        ArrayNode list = root.putArray("fixes");
        fixes.forEach(fix -> list.add(node(fix)));
        try {
            return "# Your own repairs of the pack " + pack + ": each locator is tried before the pack's own.\n"
                    + "# Made by 'optout fix' or a repair during a run; 'optout fix --remove " + pack
                    + " TARGET' drops one.\n# The format is optout's selectors/fix.schema.json.\n"
                    + YAML.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One fix as a map, the shape of the file and of {@code optout fix --export}'s locators. */
    static ObjectNode node(Fix fix) {
        ObjectNode node = YAML.createObjectNode();
        node.put("target", fix.target());
        String text = fix.locator().value().in(fix.language()).orElse("");
        if (fix.locator().kind() == LocatorKind.ROLE) {
            node.put("role", fix.locator().role().orElse(""));
            node.put("name", text);
        } else {
            node.put(keyOf(fix.locator().kind()), text);
        }
        node.put("lang", fix.language());
        fix.origin().ifPresent(origin -> node.put("origin", origin.toString()));
        node.put("date", fix.date().toString());
        return node;
    }

    /** A fix as a pack's locator: {@code {label: {en: …}}} or {@code {role: button, name: {en: …}}}. */
    static ObjectNode patchLocator(Fix fix) {
        ObjectNode node = YAML.createObjectNode();
        String text = fix.locator().value().in(fix.language()).orElse("");
        LocatorKind kind = fix.locator().kind();
        if (kind == LocatorKind.ROLE) {
            node.put("role", fix.locator().role().orElse(""));
            node.putObject("name").put(fix.language(), text);
        } else {
            node.putObject(kind.key()).put(fix.language(), text);
        }
        return node;
    }

    private static String keyOf(LocatorKind kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a fix cannot hold a " + kind.key() + " locator"));
    }

    static String yaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
