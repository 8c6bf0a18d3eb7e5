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
        assertThat(open).isEmpty();
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
