package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set-from-file NAME=PATH}: read once, one trailing line break dropped, refused when it cannot be read. */
class ValuesFromFilesTest {

    @TempDir
    Path folder;

    @Test
    void one_trailing_line_break_is_dropped_and_everything_else_kept() throws Exception {
        assertThat(ValuesFromFiles.read("reason", Files.writeString(folder.resolve("a"), "two\nlines\n")))
                .isEqualTo("two\nlines");
        assertThat(ValuesFromFiles.read("reason", Files.writeString(folder.resolve("b"), "windows\r\n")))
                .isEqualTo("windows");
        assertThat(ValuesFromFiles.read("reason", Files.writeString(folder.resolve("c"), "kept\n\n")))
                .isEqualTo("kept\n");
        assertThat(ValuesFromFiles.read("email", Files.writeString(folder.resolve("d"), "me@example.test")))
                .isEqualTo("me@example.test");
    }

    @Test
    void a_folder_a_huge_file_or_bytes_that_are_not_utf8_are_refused_with_the_name_and_the_path() throws Exception {
        assertThatThrownBy(() -> ValuesFromFiles.read("reason", folder)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--set-from-file reason=" + folder + ": cannot read it");
        Path huge = Files.write(folder.resolve("huge"), new byte[ValuesFromFiles.LARGEST + 1]);
        assertThatThrownBy(() -> ValuesFromFiles.read("reason", huge)).hasMessageContaining("larger than 64 KiB");
        Path latin1 = Files.write(folder.resolve("latin1"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThatThrownBy(() -> ValuesFromFiles.read("reason", latin1)).hasMessageEndingWith("not UTF-8 text");
    }

    @Test
    void a_name_given_both_with_set_and_from_a_file_is_refused() throws Exception {
        ValuesFromFiles option = new ValuesFromFiles();
        option.files.put("email", Files.writeString(folder.resolve("email"), "me@example.test\n"));

        assertThat(option.addTo(Map.of("country", "DE"))).containsEntry("email", "me@example.test")
                .containsEntry("country", "DE");
        assertThatThrownBy(() -> option.addTo(Map.of("email", "other@example.test"))).isInstanceOf(UserError.class)
                .hasMessageContaining("email is given with --set too");
    }
}
