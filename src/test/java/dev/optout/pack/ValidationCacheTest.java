package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository skips the content checks (schema, selector syntax) only for files that passed every check before,
 * unchanged; everything else it checks on every load. A cache that claims to know every key shows what is skipped.
 */
class ValidationCacheTest {

    private static final String OWN_PACK = """
            format: 1
            id: my-pack
            title: My pack
            origins: [https://www.facebook.com]
            steps:
              - open: https://www.facebook.com/help/contact/6359191084165019
            """;

    /** Passes every check but the schema's: 'colour' is no key of a pack. */
    private static final String UNKNOWN_KEY = OWN_PACK + "colour: blue\n";

    @TempDir
    Path userFolder;

    /** Remembers in memory, and can be told to know every key. */
    private static final class MemoryCache implements ValidationCache {
        final Set<String> keys = new LinkedHashSet<>();
        boolean knowsEverything;

        @Override
        public boolean knows(String digest) {
            return knowsEverything || keys.contains(digest);
        }

        @Override
        public void remember(String digest) {
            keys.add(digest);
        }
    }

    private PackRepository repository(ValidationCache cache) {
        return new PackRepository(new PackLoader(), Optional.of(userFolder), cache);
    }

    @Test
    void the_bundled_packs_passing_are_recorded_under_the_bundled_key() {
        MemoryCache cache = new MemoryCache();

        assertThat(repository(cache).all()).isNotEmpty();

        assertThat(cache.keys).containsExactly(PackRepository.BUNDLED_KEY);
    }

    @Test
    void own_packs_are_recorded_by_their_digest_and_a_changed_one_is_checked_again() throws IOException {
        MemoryCache cache = new MemoryCache();
        Files.writeString(userFolder.resolve("my-pack.yaml"), OWN_PACK);
        repository(cache).all();
        assertThat(cache.keys).singleElement().asString().startsWith(PackRepository.BUNDLED_KEY + "+")
                .hasSize(PackRepository.BUNDLED_KEY.length() + 1 + 64);

        Files.writeString(userFolder.resolve("my-pack.yaml"), UNKNOWN_KEY);

        assertThatThrownBy(() -> repository(cache).all()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("colour");
        assertThat(cache.keys).hasSize(1);
    }

    @Test
    void files_that_fail_are_never_recorded() throws IOException {
        MemoryCache cache = new MemoryCache();
        Files.writeString(userFolder.resolve("my-pack.yaml"), UNKNOWN_KEY);

        assertThatThrownBy(() -> repository(cache).all()).isInstanceOf(InvalidPackException.class);

        assertThat(cache.keys).isEmpty();
    }

    @Test
    void a_known_set_skips_the_schema_and_the_selector_syntax() throws IOException {
        MemoryCache cache = new MemoryCache();
        cache.knowsEverything = true;
        Files.writeString(userFolder.resolve("my-pack.yaml"), UNKNOWN_KEY + """
                targets:
                  broken: [{css: "div["}]
                """);

        assertThat(repository(cache).byId("my-pack")).isPresent();
        assertThatThrownBy(() -> repository(ValidationCache.NONE).all()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("colour").hasMessageContaining("div[");
    }

    @Test
    void a_known_set_still_refuses_a_host_that_is_not_meta_s_and_a_target_that_is_not_defined() throws IOException {
        MemoryCache cache = new MemoryCache();
        cache.knowsEverything = true;
        Files.writeString(userFolder.resolve("my-pack.yaml"), OWN_PACK.replace("https://www.facebook.com]",
                "https://www.facebook.com, https://facebook.com.evil.test]") + """
                  - click: nowhere
                """);

        assertThatThrownBy(() -> repository(cache).all()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("facebook.com.evil.test").hasMessageContaining("target 'nowhere'");
    }

    @Test
    void a_file_named_by_its_path_is_recorded_by_its_own_digest_and_checked_again_when_it_changes()
            throws IOException {
        MemoryCache cache = new MemoryCache();
        Path file = Files.writeString(userFolder.resolveSibling(userFolder.getFileName() + "-elsewhere.yaml"),
                OWN_PACK);
        try {
            assertThat(repository(cache).validate(file)).isEqualTo("my-pack");
            assertThat(cache.keys).singleElement().asString().startsWith(PackRepository.BUNDLED_KEY + "+");

            Files.writeString(file, UNKNOWN_KEY);

            assertThatThrownBy(() -> repository(cache).validate(file)).isInstanceOf(InvalidPackException.class)
                    .hasMessageContaining("colour");
            assertThatThrownBy(() -> repository(cache).resolve(file.toString()))
                    .isInstanceOf(InvalidPackException.class).hasMessageContaining("colour");
            assertThat(cache.keys).hasSize(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
