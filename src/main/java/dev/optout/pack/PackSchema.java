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

/** The JSON Schema that ships beside the packs ({@code selectors/pack.schema.json}), read once from the classpath. */
final class PackSchema {

    static final String RESOURCE = "/selectors/pack.schema.json";

    private static final PackSchema INSTANCE = load();

    private final JsonNode json;
    private final JsonSchema schema;

    private PackSchema(JsonNode json, JsonSchema schema) {
        this.json = json;
        this.schema = schema;
    }

    static PackSchema get() {
        return INSTANCE;
    }

    JsonNode json() {
        return json;
    }

    Set<ValidationMessage> validate(JsonNode pack) {
        return schema.validate(pack);
    }

    private static PackSchema load() {
        try (InputStream in = PackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the pack schema " + RESOURCE + " is missing from the classpath");
            }
            JsonNode json = new ObjectMapper().readTree(in);
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
            return new PackSchema(json, schema);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pack schema " + RESOURCE, e);
        }
    }
}
