package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationCacheFileTest {

    @TempDir
    Path home;

    private Path data() {
        return home.resolve("data");
    }

    @Test
    void a_key_remembered_is_known_to_the_next_start_of_the_same_optout() {
        new ValidationCacheFile(data(), "jar 1 aa").remember("bundled");

        assertThat(new ValidationCacheFile(data(), "jar 1 aa").knows("bundled")).isTrue();
        assertThat(new ValidationCacheFile(data(), "jar 1 aa").knows("bundled+0f")).isFalse();
    }

    @Test
    void another_optout_knows_nothing_of_what_this_one_checked_and_replaces_the_file() throws IOException {
        new ValidationCacheFile(data(), "jar 1 aa").remember("bundled");

        ValidationCacheFile other = new ValidationCacheFile(data(), "jar 2 bb");
        assertThat(other.knows("bundled")).isFalse();
        other.remember("bundled+0f");

        assertThat(Files.readAllLines(other.file())).containsExactly("engine jar 2 bb", "bundled+0f");
        assertThat(new ValidationCacheFile(data(), "jar 1 aa").knows("bundled")).isFalse();
    }

    @Test
    void the_folder_and_the_file_are_the_owner_s_only() throws IOException {
        ValidationCacheFile cache = new ValidationCacheFile(data(), "jar 1 aa");
        cache.remember("bundled");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.file().getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data()))).isEqualTo("rwx------");
    }

    @Test
    void it_keeps_the_newest_keys_only() throws IOException {
        ValidationCacheFile cache = new ValidationCacheFile(data(), "jar 1 aa");
        for (int i = 0; i < ValidationCacheFile.MAX_KEYS + 5; i++) {
            cache.remember("key-" + i);
        }
        cache.remember("key-10");

        ValidationCacheFile next = new ValidationCacheFile(data(), "jar 1 aa");
        assertThat(Files.readAllLines(cache.file())).hasSize(1 + ValidationCacheFile.MAX_KEYS).last()
                .isEqualTo("key-10");
        assertThat(next.knows("key-0")).isFalse();
        assertThat(next.knows("key-4")).isFalse();
        assertThat(next.knows("key-5")).isTrue();
        assertThat(next.knows("key-10")).isTrue();
    }

    @Test
    void a_cache_that_cannot_be_written_costs_only_the_checks() throws IOException {
        Files.writeString(home.resolve("data"), "a file where the data folder should be");
        ValidationCacheFile cache = new ValidationCacheFile(data(), "jar 1 aa");

        cache.remember("bundled");

        assertThat(new ValidationCacheFile(data(), "jar 1 aa").knows("bundled")).isFalse();
    }

    @Test
    void a_file_that_is_not_text_counts_as_empty() throws IOException {
        ValidationCacheFile cache = new ValidationCacheFile(data(), "jar 1 aa");
        Files.createDirectories(cache.file().getParent());
        Files.write(cache.file(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 10});

        assertThat(cache.knows("bundled")).isFalse();
    }
}
