package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Target libraries: {@code uses: [meta-common]} and the files under {@code lib/}. */
class LibraryTest {

    /** 13 lines; uses the bundled meta-common library. */
    static final String PACK = """
            format: 1
            id: tiny
            title: Tiny
            origins: [https://www.facebook.com]
            uses: [meta-common]
            targets:
              send:
                - role: button
                  name: Send
            steps:
              - open: https://www.facebook.com/form
              - click: decline-cookies
                when: cookie-dialog present
            """;

    static final String MY_COMMON = """
            format: 1
            library: meta-common
            description: My own version.
            targets:
              cookie-dialog:
                - css: div.my-dialog
              decline-cookies:
                - css: button.my-decline
              login-wall:
                - css: form.my-login
            fragments:
              arrival:
                params: [page, app, what]
                steps:
                  - wait-for: ["{{page}}"]
                    name: wait for {{what}} of {{app}}
            """;

    @TempDir
    Path userFolder;

    private final PackLoader loader = new PackLoader();

    private PackRepository repository() {
        return new PackRepository(loader, Optional.of(userFolder));
    }

    private void writeUserLibrary(String name, String yaml) throws IOException {
        Files.createDirectories(userFolder.resolve("lib"));
        Files.writeString(userFolder.resolve("lib").resolve(name), yaml);
    }

    private static PackError onlyError(ThrowingLoad load) {
        try {
            load.run();
        } catch (InvalidPackException e) {
            assertThat(e.errors()).as(e.getMessage()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("expected the file to be refused");
    }

    private interface ThrowingLoad {
        void run();
    }

    private static PackError error(String file, int line, int column, String message) {
        return new PackError(file, line, column, OptionalInt.empty(), Optional.empty(), message);
    }

    @Test
    void a_pack_that_uses_a_library_refers_to_its_targets_as_its_own() {
        Pack pack = loader.load("tiny.yaml", PACK, PackRepository.bundledOnly());
        Library common = PackRepository.bundledOnly().library("meta-common").orElseThrow();

        assertThat(pack.targets()).containsOnlyKeys("send", "cookie-dialog", "decline-cookies", "login-wall",
                "send-failed");
        assertThat(pack.target("cookie-dialog")).isEqualTo(common.targets().get("cookie-dialog"));
        assertThat(((Step.Click) pack.steps().get(1)).target()).isEqualTo("decline-cookies");
        assertThat(common.source()).isEqualTo("selectors/lib/meta-common.yaml");
    }

    @Test
    void a_pack_that_defines_a_target_of_its_library_again_is_refused_at_that_key() {
        String yaml = PACK.replace("targets:\n", "targets:\n  cookie-dialog:\n    - css: div.dialog\n");
        assertThat(onlyError(() -> loader.load("tiny.yaml", yaml, PackRepository.bundledOnly()))).isEqualTo(
                error("tiny.yaml", 7, 3, "target 'cookie-dialog' is already defined by library meta-common; remove "
                        + "it here or rename it"));
    }

    @Test
    void an_unknown_library_is_named_with_the_known_ones_and_hides_no_other_error() {
        String yaml = PACK.replace("uses: [meta-common]", "uses: [meta-commons]");
        assertThat(onlyError(() -> loader.load("tiny.yaml", yaml, PackRepository.bundledOnly()))).isEqualTo(
                error("tiny.yaml", 5, 8, "no library named 'meta-commons'; did you mean 'meta-common'? (known: meta-common, "
                        + "meta-objection-form)"));
    }

    @Test
    void without_a_resolver_no_library_is_known() {
        assertThat(onlyError(() -> loader.load("tiny.yaml", PACK))).isEqualTo(
                error("tiny.yaml", 5, 8, "no library named 'meta-common' (known: none)"));
    }

    @Test
    void a_user_library_replaces_the_bundled_one_for_every_pack_bundled_ones_too() throws IOException {
        writeUserLibrary("mine.yaml", MY_COMMON);
        PackRepository repository = repository();

        assertThat(repository.library("meta-common").orElseThrow().source())
                .isEqualTo(userFolder.resolve("lib").resolve("mine.yaml").toString());
        Pack facebook = repository.byId("facebook-objection").orElseThrow();
        assertThat(facebook.target("cookie-dialog").locators()).extracting(l -> l.value().in("en").orElseThrow())
                .containsExactly("div.my-dialog");
        assertThat(loader.load("tiny.yaml", PACK, repository).target("login-wall").locators())
                .extracting(l -> l.value().in("en").orElseThrow()).containsExactly("form.my-login");
        assertThat(repository.libraries()).extracting(Library::name).containsExactly("meta-common",
                "meta-objection-form");
    }

    @Test
    void a_library_has_format_library_description_and_targets_and_nothing_else() {
        String yaml = """
                format: 1
                library: mine
                targets:
                  dialog:
                    - css: div
                steps: []
                """;
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> loader.loadLibrary("lib.yaml", yaml));
        assertThat(e.errors()).containsExactly(
                error("lib.yaml", 1, 1, "the library needs the key 'description'"),
                error("lib.yaml", 6, 1, "unknown key 'steps' (known: format, library, description, targets, interrupts, errors, fragments)"));
    }

    @Test
    void a_library_selector_that_does_not_parse_is_refused_in_the_library_file() {
        String yaml = MY_COMMON.replace("css: div.my-dialog", "css: 'div['");
        PackError error = onlyError(() -> loader.loadLibrary("lib.yaml", yaml));
        assertThat(error.file()).isEqualTo("lib.yaml");
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.column()).isEqualTo(12);
        assertThat(error.message()).startsWith("the CSS selector 'div[' does not parse: ");
    }

    @Test
    void a_broken_user_library_is_reported_with_its_file_and_named_by_the_packs_that_use_it() throws IOException {
        writeUserLibrary("mine.yaml", MY_COMMON + "colour: red\n");
        Path library = userFolder.resolve("lib").resolve("mine.yaml");

        // Every pack that uses the library says so too; facebook-objection is one of them.
        assertThatThrownBy(() -> repository().all()).isInstanceOf(InvalidPackException.class)
                .hasMessageStartingWith(library + ":17:1: unknown key 'colour' (known: format, library, description, "
                        + "targets, interrupts, errors, fragments)\n")
                .hasMessageContaining("\nselectors/facebook-objection.yaml:18:8: the library 'meta-common' has errors "
                        + "(listed with its file)");
    }

    @Test
    void two_user_libraries_with_one_name_are_an_error() throws IOException {
        writeUserLibrary("a.yaml", MY_COMMON);
        writeUserLibrary("b.yaml", MY_COMMON);
        Path lib = userFolder.resolve("lib");
        assertThatThrownBy(() -> repository().libraries()).isInstanceOf(InvalidPackException.class)
                .hasMessage(lib.resolve("b.yaml") + ": the library name 'meta-common' is also used by "
                        + lib.resolve("a.yaml") + "; each library needs its own name");
    }

    @Test
    void validating_a_file_tells_a_library_from_a_pack() throws IOException {
        Path file = userFolder.resolve("shared.yaml");
        Files.writeString(file, MY_COMMON.replace("library: meta-common", "library: shared"));
        assertThat(PackRepository.bundledOnly().validate(file)).isEqualTo("library shared");
        Files.writeString(file, PACK);
        assertThat(PackRepository.bundledOnly().validate(file)).isEqualTo("tiny");
    }

    @Test
    void a_control_character_in_a_library_is_refused_with_its_place() {
        PackError error = onlyError(() -> loader.loadLibrary("lib.yaml", MY_COMMON.replace("css: button.my-decline",
                "css: \"button\\x07\"")));
        assertThat(error).isEqualTo(error("lib.yaml", 8, 12, "the text holds the control character U+0007 at "
                + "character 7; remove it (a pack's text may hold tabs and line breaks, no other control characters)"));
    }
}
