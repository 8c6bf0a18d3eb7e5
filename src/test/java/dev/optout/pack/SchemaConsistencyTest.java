package dev.optout.pack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaConsistencyTest {

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Path.of("selectors/pack.schema.json").toFile());
    }

    private static JsonNode librarySchema() throws IOException {
        return new ObjectMapper().readTree(Path.of("selectors/library.schema.json").toFile());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void the_schema_allows_each_step_type_exactly_the_keys_the_loader_does() throws IOException {
        JsonNode defs = schema().path("$defs");
        for (String type : StepSyntax.TYPES) {
            assertThat(keys(defs.path(type + "-step").path("properties"))).as(type)
                    .containsExactlyInAnyOrderElementsOf(StepSyntax.allowedKeys(type));
        }
        assertThat(keys(defs.path("step").path("properties"))).containsAll(StepSyntax.TYPES).containsAll(StepSyntax.COMMON);
    }

    @Test
    void the_schema_knows_every_locator_kind_and_nothing_else() throws IOException {
        assertThat(keys(schema().path("$defs").path("locator").path("properties"))).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(LocatorKind.values()).map(LocatorKind::key).toList());
    }

    @Test
    void the_schema_forbids_unknown_keys_everywhere_it_lists_properties() throws IOException {
        List<String> open = new ArrayList<>();
        collectOpenObjects(schema(), "", open);
        collectOpenObjects(librarySchema(), "library", open);
        assertThat(open).isEmpty();
    }

    @Test
    void an_include_step_takes_only_a_name_besides_its_pack_id() throws IOException {
        assertThat(keys(schema().path("$defs").path("include-step").path("properties")))
                .containsExactly("include", "name");
        assertThat(StepSyntax.allowedKeys(StepSyntax.INCLUDE)).containsExactly("include", "name");
    }

    @Test
    void the_library_schema_shares_every_definition_of_the_pack_schema_so_fragments_hold_the_same_steps()
            throws IOException {
        assertThat(librarySchema().path("$defs")).isEqualTo(schema().path("$defs"));
        assertThat(librarySchema().path("properties").path("fragments").path("additionalProperties").path("$ref")
                .asText()).isEqualTo("#/$defs/fragment");
        assertThat(keys(schema().path("$defs").path("fragment").path("properties"))).containsExactly("description",
                "params", "steps");
    }

    @Test
    void a_use_step_takes_only_its_values_and_a_name() throws IOException {
        assertThat(keys(schema().path("$defs").path("use-step").path("properties"))).containsExactly("use", "with",
                "name");
        assertThat(StepSyntax.allowedKeys(StepSyntax.USE)).containsExactly("use", "with", "name");
    }

    @Test
    void the_library_schema_shares_the_pack_schemas_overlays() throws IOException {
        for (String key : List.of("interrupts", "errors")) {
            assertThat(librarySchema().path("properties").path(key)).as(key)
                    .isEqualTo(schema().path("properties").path(key));
        }
        assertThat(librarySchema().path("properties").path("targets").path("additionalProperties"))
                .isEqualTo(schema().path("properties").path("targets").path("additionalProperties"));
        assertThat(keys(librarySchema().path("properties"))).containsExactly("format", "library", "description",
                "targets", "interrupts", "errors", "fragments");
    }

    @Test
    void an_interrupt_takes_its_overlay_and_one_action() throws IOException {
        assertThat(keys(schema().path("$defs").path("interrupt").path("properties")))
                .containsExactly("when", "click", "press");
    }

    @Test
    void texts_know_every_language_optout_supports() throws IOException {
        assertThat(keys(schema().path("$defs").path("text").path("then").path("properties")))
                .containsExactlyElementsOf(Languages.ALL);
    }

    private static void collectOpenObjects(JsonNode node, String path, List<String> open) {
        if (node.isObject()) {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
                open.add(path);
            }
            node.fields().forEachRemaining(e -> collectOpenObjects(e.getValue(), path + "/" + e.getKey(), open));
        }
    }

    @Test
    void the_pack_package_uses_neither_selenium_nor_picocli() {
        noClasses().that().resideInAPackage("dev.optout.pack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openqa..", "picocli..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.optout.pack"));
    }
}
