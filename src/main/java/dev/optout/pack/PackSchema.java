package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A JSON Schema that ships beside the packs, read once from the classpath: {@code selectors/pack.schema.json} for
 * packs, {@code selectors/library.schema.json} for libraries of shared targets. Each is read on first use only:
 * setting up the validator is a fifth of a start, and a start whose packs passed before needs none.
 */
final class PackSchema {

    static final String RESOURCE = "/selectors/pack.schema.json";
    static final String LIBRARY_RESOURCE = "/selectors/library.schema.json";
    static final String FIX_RESOURCE = "/selectors/fix.schema.json";

    private final JsonNode json;
    private final JsonSchema schema;
    private final String subject;

    private PackSchema(JsonNode json, JsonSchema schema, String subject) {
        this.json = json;
        this.schema = schema;
        this.subject = subject;
    }

    static PackSchema get() {
        return PackHolder.SCHEMA;
    }

    static PackSchema library() {
        return LibraryHolder.SCHEMA;
    }

    static PackSchema fix() {
        return FixHolder.SCHEMA;
    }

    /** One step, as a fragment's step is judged once its parameters are filled in. */
    static PackSchema step() {
        return StepHolder.SCHEMA;
    }

    /** The holders: the JVM initialises each, and so reads its schema, on its first use. */
    private static final class PackHolder {
        static final PackSchema SCHEMA = load(RESOURCE, "the pack");
    }

    private static final class LibraryHolder {
        static final PackSchema SCHEMA = load(LIBRARY_RESOURCE, "the library");
    }

    private static final class FixHolder {
        static final PackSchema SCHEMA = load(FIX_RESOURCE, "the fix file");
    }

    private static final class StepHolder {
        static final PackSchema SCHEMA = oneStep(PackHolder.SCHEMA.json);
    }

    JsonNode json() {
        return json;
    }

    /** How errors name a whole file of this kind: {@code the pack}, {@code the library}. */
    String subject() {
        return subject;
    }

    Set<ValidationMessage> validate(JsonNode pack) {
        return schema.validate(pack);
    }

    /** The pack schema's definitions, with a single step as the whole document. */
    private static PackSchema oneStep(JsonNode pack) {
        com.fasterxml.jackson.databind.node.ObjectNode json = new ObjectMapper().createObjectNode();
        json.set("$schema", pack.path("$schema"));
        json.put("$id", "https://optout.dev/schemas/pack-step.schema.json");
        json.put("$ref", "#/$defs/step");
        json.set("$defs", pack.path("$defs"));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
        return new PackSchema(pack, schema, "the step");
    }

    private static PackSchema load(String resource, String subject) {
        try (InputStream in = PackSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the classpath");
            }
            JsonNode json = new ObjectMapper().readTree(in);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
            return new PackSchema(json, schema, subject);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }
}
