package dev.optout.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One text a bundled pack or library matches, and the element of the replica's text index it was copied from:
 * {@code flow, element, file, target, locator, field}, the file under {@code selectors/}, the locator by its index
 * in the target's list, the field the locator's text is in ({@code name}, {@code label}, {@code text},
 * {@code placeholder}).
 */
record PackTextRow(String flow, String element, String file, String target, int locator, String field) {

    /** The locator fields that hold a text to find on the page (the others hold selectors or a role). */
    static final List<String> TEXT_FIELDS = List.of("name", "label", "text", "placeholder");

    private static final ObjectMapper JSON = new ObjectMapper();

    static PackTextRow parse(String row) {
        String[] cells = Arrays.stream(row.split(",")).map(String::strip).toArray(String[]::new);
        return new PackTextRow(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4]), cells[5]);
    }

    static Stream<Arguments> arguments(String... rows) {
        return Arrays.stream(rows).map(PackTextRow::parse).map(Arguments::of);
    }

    /** Where the text is, as the pack's author would look for it. */
    String place() {
        return "selectors/" + file + ": " + target + "[" + locator + "]." + field;
    }

    /** The text as the file writes it: a map by language, or a plain text. */
    JsonNode packText() {
        return yaml("selectors/" + file).path("targets").path(target).path(locator).path(field);
    }

    /** The inputs of the row's file. */
    JsonNode packInputs() {
        return yaml("selectors/" + file).path("inputs");
    }

    /** The text index's texts of the element, by language. */
    JsonNode indexText() {
        return json("replica/" + TextIndex.RESOURCE).path(flow).path(element);
    }

    /**
     * The pack's text has exactly the eight languages of reference text, each the index's word for word (the index's
     * further, unverified languages are the replica's alone).
     */
    void assertMatchesTheIndex() {
        assertMatches(packText(), indexText(), place(), flow + "." + element);
    }

    static void assertMatches(JsonNode text, JsonNode index, String place, String element) {
        assertThat(index.isObject()).as("the text index has %s", element).isTrue();
        assertThat(text.isObject()).as("%s is a map by language, not %s", place, text).isTrue();
        List<String> languages = new ArrayList<>();
        text.fieldNames().forEachRemaining(languages::add);
        assertThat(languages).as("%s: its languages", place)
                .containsExactlyInAnyOrderElementsOf(Scenario.REFERENCE_LANGUAGES);
        for (String language : Scenario.REFERENCE_LANGUAGES) {
            assertThat(text.path(language).asText()).as("%s in %s (the index's %s)", place, language, element)
                    .isEqualTo(index.path(language).asText());
        }
    }

    /** Every text of every bundled pack and library, as {@code file target[locator].field}. */
    static Set<String> everyBundledText() {
        Set<String> places = new TreeSet<>();
        List<String> files = new ArrayList<>(listed("selectors/packs.txt", ""));
        files.addAll(listed("selectors/lib/libraries.txt", "lib/"));
        for (String file : files) {
            yaml("selectors/" + file).path("targets").fields().forEachRemaining(target -> {
                for (int i = 0; i < target.getValue().size(); i++) {
                    JsonNode locator = target.getValue().get(i);
                    for (String field : TEXT_FIELDS) {
                        // An empty name is no text (role=alert name="": any alert), so nothing to compare.
                        JsonNode text = locator.path(field);
                        if (locator.has(field) && !(text.isTextual() && text.asText().isEmpty())) {
                            places.add(new PackTextRow("", "", file, target.getKey(), i, field).place());
                        }
                    }
                }
            });
        }
        return places;
    }

    private static List<String> listed(String resource, String folder) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(name -> folder + name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack or library as its texts are: SnakeYAML resolves the anchors packs share a map by ({@code *title}). */
    private static JsonNode yaml(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.valueToTree(new org.yaml.snakeyaml.Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = PackTextRow.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource + " on the test classpath").isNotNull();
        return in;
    }
}
