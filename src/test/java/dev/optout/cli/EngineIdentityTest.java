package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineIdentityTest {

    @TempDir
    Path folder;

    private Path jar(String name, String schema) throws IOException {
        Path jar = folder.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("selectors/pack.schema.json"));
            zip.write(schema.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("dev/optout/pack/PackLoader.class"));
            zip.write(new byte[] {1, 2, 3});
        }
        return jar;
    }

    @Test
    void the_same_entries_name_the_same_optout_and_one_changed_entry_another() throws IOException {
        String one = EngineIdentity.of(jar("a.jar", "{\"title\": \"pack\"}"));

        assertThat(EngineIdentity.of(jar("b.jar", "{\"title\": \"pack\"}"))).isEqualTo(one);
        assertThat(EngineIdentity.of(jar("c.jar", "{\"title\": \"Pack\"}"))).isNotEqualTo(one);
        assertThat(one).startsWith("jar ").endsWith(" java " + System.getProperty("java.version"));
    }

    @Test
    void classes_run_from_a_folder_have_no_identity_and_so_no_cache() {
        // The tests run the classes in target/classes, as an IDE would.
        assertThat(EngineIdentity.ofRunningJar()).isEmpty();
        assertThat(ValidationCacheFile.forThisOptout(folder)).isSameAs(dev.optout.pack.ValidationCache.NONE);
    }
}
