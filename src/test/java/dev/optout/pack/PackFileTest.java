package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackFileTest {

    @Test
    void the_tree_is_read_once_and_shared_by_every_later_look() {
        PackFile file = new PackFile("tiny.yaml", "format: 1\nid: tiny\n");

        SourceTree first = file.tree();

        assertThat(file.tree()).isSameAs(first);
        assertThat(file.peek()).isSameAs(first.root());
        assertThat(file.peek().path("id").asText()).isEqualTo("tiny");
    }

    @Test
    void a_file_that_is_not_yaml_is_refused_on_every_load_and_peeks_as_missing() {
        PackFile file = new PackFile("broken.yaml", "id: [unclosed\n");

        assertThat(file.peek().isMissingNode()).isTrue();
        assertThatThrownBy(file::tree).isInstanceOf(InvalidPackException.class).hasMessageContaining("broken.yaml")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(file::tree).isInstanceOf(InvalidPackException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void a_file_too_big_to_read_is_refused_before_parsing() {
        PackFile file = new PackFile("huge.yaml", "#".repeat(PackLoader.MAX_FILE_CHARS + 1));

        assertThat(file.peek().isMissingNode()).isTrue();
        assertThatThrownBy(file::tree).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("a pack may have at most " + PackLoader.MAX_FILE_CHARS);
    }
}
