package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackRepositoryTest {

    private static final String OVERRIDE = """
            format: 1
            id: facebook-objection
            title: My own version
            origins: [https://www.facebook.com]
            steps:
              - open: https://www.facebook.com/help/contact/6359191084165019
            """;

    @TempDir
    Path userFolder;

    private PackRepository repository() {
        return new PackRepository(new PackLoader(), Optional.of(userFolder));
    }

    @Test
    void every_yaml_file_in_selectors_is_listed_in_the_index_and_validates() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("selectors"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(PackRepository.bundledNames()).containsExactlyInAnyOrderElementsOf(files);
        PackRepository repository = PackRepository.bundledOnly();
        for (String file : files) {
            assertThat(repository.validate(Path.of("selectors", file))).isNotBlank();
        }
    }

    @Test
    void every_yaml_file_in_selectors_lib_is_listed_in_the_library_index_and_validates() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("selectors", "lib"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(PackRepository.bundledLibraryNames()).containsExactlyInAnyOrderElementsOf(files);
        PackRepository repository = PackRepository.bundledOnly();
        for (String file : files) {
            assertThat(repository.validate(Path.of("selectors", "lib", file)))
                    .isEqualTo("library " + file.replaceFirst("\\.ya?ml$", ""));
        }
        assertThat(repository.libraries()).extracting(Library::name).contains("meta-common");
    }

    @Test
    void the_bundled_packs_are_found_by_id() {
        PackRepository repository = PackRepository.bundledOnly();
        assertThat(repository.ids()).contains("facebook-objection");
        assertThat(repository.byId("facebook-objection").orElseThrow().source())
                .isEqualTo("selectors/facebook-objection.yaml");
        assertThat(repository.all()).extracting(Pack::id).isSorted();
    }

    @Test
    void a_user_pack_replaces_the_bundled_pack_with_the_same_id() throws IOException {
        Files.writeString(userFolder.resolve("mine.yaml"), OVERRIDE);
        Pack pack = repository().resolve("facebook-objection");
        assertThat(pack.title()).isEqualTo("My own version");
        assertThat(pack.source()).isEqualTo(userFolder.resolve("mine.yaml").toString());
        assertThat(repository().all()).extracting(Pack::id).containsOnlyOnce("facebook-objection");
    }

    @Test
    void the_user_files_that_replace_bundled_ones_are_told_but_new_ones_are_not() throws IOException {
        Files.writeString(userFolder.resolve("mine.yaml"), OVERRIDE);
        Files.writeString(userFolder.resolve("new.yaml"), OVERRIDE.replace("id: facebook-objection", "id: brand-new"));
        Files.createDirectories(userFolder.resolve("lib"));
        Files.writeString(userFolder.resolve("lib").resolve("common.yaml"), LibraryTest.MY_COMMON);

        assertThat(repository().replacements()).containsExactly(
                new Replacement("pack", "facebook-objection", userFolder.resolve("mine.yaml").toString()),
                new Replacement("library", "meta-common", userFolder.resolve("lib").resolve("common.yaml").toString()));
        assertThat(repository().replacements().get(0).sentence()).isEqualTo("using your pack "
                + userFolder.resolve("mine.yaml") + " instead of the bundled facebook-objection");
        assertThat(PackRepository.bundledOnly().replacements()).isEmpty();
    }

    @Test
    void a_missing_user_folder_means_only_the_bundled_packs() {
        PackRepository repository = new PackRepository(new PackLoader(), Optional.of(userFolder.resolve("absent")));
        assertThat(repository.byId("facebook-objection")).isPresent();
    }

    @Test
    void an_unknown_id_lists_the_known_ones() {
        assertThatThrownBy(() -> repository().resolve("myspace-objection"))
                .isInstanceOf(UnknownPackException.class)
                .hasMessage("no pack with id 'myspace-objection' (known: " + String.join(", ", repository().ids())
                        + "; user packs are read from " + userFolder + ")")
                .hasMessageContaining("facebook-objection, ");
    }

    @Test
    void a_misspelt_id_gets_the_closest_known_one() {
        assertThatThrownBy(() -> repository().resolve("facebok-objection"))
                .isInstanceOf(UnknownPackException.class)
                .hasMessageStartingWith("no pack with id 'facebok-objection'; did you mean 'facebook-objection'? "
                        + "(known: ");
    }

    @Test
    void a_path_is_loaded_as_a_file() throws IOException {
        Path file = userFolder.resolve("elsewhere.yaml");
        Files.writeString(file, OVERRIDE.replace("id: facebook-objection", "id: elsewhere"));
        assertThat(PackRepository.bundledOnly().resolve(file.toString()).id()).isEqualTo("elsewhere");
        assertThatThrownBy(() -> PackRepository.bundledOnly().resolve(userFolder.resolve("none.yaml").toString()))
                .isInstanceOf(UnknownPackException.class).hasMessageStartingWith("no pack file at ");
    }

    @Test
    void a_broken_user_pack_is_reported_not_skipped() throws IOException {
        Files.writeString(userFolder.resolve("broken.yaml"), OVERRIDE + "  - tap: x\n");
        assertThatThrownBy(() -> repository().byId("facebook-objection"))
                .isInstanceOf(InvalidPackException.class)
                // Packs that include the overridden one report it too, so the broken file's line is one of several.
                .hasMessageContaining(userFolder.resolve("broken.yaml") + ":7:5: step 2: unknown step type 'tap' "
                        + "(known: " + BadPackTest.KNOWN_TYPES + ")");
    }

    @Test
    void two_user_packs_with_one_id_are_an_error() throws IOException {
        Files.writeString(userFolder.resolve("a.yaml"), OVERRIDE);
        Files.writeString(userFolder.resolve("b.yaml"), OVERRIDE);
        assertThatThrownBy(() -> repository().all())
                .isInstanceOf(InvalidPackException.class)
                .hasMessage(userFolder.resolve("b.yaml") + ": the id 'facebook-objection' is also used by "
                        + userFolder.resolve("a.yaml") + "; each pack needs its own id");
    }
}
