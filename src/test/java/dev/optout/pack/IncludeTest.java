package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code - include: <pack id>}: expanded at load into the including pack's steps. */
class IncludeTest {

    /** A form pack in the user folder; 26 lines. */
    static final String FORM = """
            format: 1
            id: form
            title: Form
            origins: [https://www.facebook.com]
            uses: [meta-common]
            inputs:
              email: {type: email, personal: true}
            targets:
              field:
                - css: input#email
              send:
                - role: button
                  name: Send
            steps:
              - open: https://www.facebook.com/form
                when: field absent
              - click: decline-cookies
                when: cookie-dialog present
                optional: true
              - fill: field
                value: ${email}
              - confirm: Send?
              - click: send
                submits: true
                timeout: 20
                name: send it
            """;

    /** A path pack that reaches the form through a link; the include is at line 13, its id at column 14. */
    static final String PATH = """
            format: 1
            id: path
            title: Path
            origins: [https://www.instagram.com]
            inputs:
              country: {type: country}
            targets:
              link:
                - text: Object
            steps:
              - open: https://www.instagram.com/privacy
              - click: link
              - include: form
                name: the form
              - verify: [field]
            """;

    static final String FILE = "path.yaml";

    @TempDir
    Path userFolder;

    private final PackLoader loader = new PackLoader();

    @BeforeEach
    void a_form_pack_in_the_user_folder() throws IOException {
        write("form.yaml", FORM);
    }

    private void write(String name, String yaml) throws IOException {
        Files.writeString(userFolder.resolve(name), yaml);
    }

    private PackRepository repository() {
        return new PackRepository(loader, Optional.of(userFolder));
    }

    private Pack load(String yaml) {
        return loader.load(FILE, yaml, repository());
    }

    private InvalidPackException failure(String yaml) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class, () -> load(yaml));
    }

    private PackError onlyError(String yaml) {
        InvalidPackException e = failure(yaml);
        assertThat(e.errors()).as(e.getMessage()).hasSize(1);
        return e.errors().get(0);
    }

    private static PackError stepError(String file, int line, int column, int step, String type, String message) {
        return new PackError(file, line, column, OptionalInt.of(step), Optional.ofNullable(type), message);
    }

    private String form() {
        return userFolder.resolve("form.yaml").toString();
    }

    @Test
    void an_include_is_replaced_by_the_included_steps_and_all_steps_are_numbered_in_order() {
        Pack pack = load(PATH);

        assertThat(pack.steps()).extracting(Step::type).containsExactly("open", "click", "open", "click", "fill",
                "confirm", "click", "verify");
        assertThat(pack.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(((Step.Open) pack.steps().get(2)).url()).isEqualTo("https://www.facebook.com/form");
    }

    @Test
    void included_steps_keep_their_guards_and_options() {
        List<Step> steps = load(PATH).steps();

        assertThat(steps.get(2).common().when()).contains(new Guard("field", false));
        assertThat(steps.get(3).common().when()).contains(new Guard("cookie-dialog", true));
        assertThat(steps.get(3).common().optional()).isTrue();
        StepCommon send = steps.get(6).common();
        assertThat(send.submits()).isTrue();
        assertThat(send.timeout()).contains(Duration.ofSeconds(20));
        assertThat(send.label()).contains("send it");
        assertThat(send.line()).as("the line in its own file").isEqualTo(23);
    }

    @Test
    void the_included_inputs_targets_and_origins_join_the_including_packs() {
        Pack pack = load(PATH);

        assertThat(pack.inputs()).containsOnlyKeys("country", "email");
        assertThat(pack.input("email").orElseThrow().personal()).isTrue();
        assertThat(pack.targets()).containsOnlyKeys("link", "field", "send", "cookie-dialog", "decline-cookies",
                "login-wall", "send-failed");
        assertThat(pack.origins()).extracting(Object::toString)
                .containsExactly("https://www.instagram.com", "https://www.facebook.com");
        assertThat(load(PATH + "  - open: https://www.facebook.com/again\n").steps()).hasSize(9);
    }

    @Test
    void an_input_defined_the_same_way_in_both_packs_is_fine() {
        String yaml = PATH.replace("  country: {type: country}\n",
                "  country: {type: country}\n  email: {type: email, personal: true}\n");
        assertThat(load(yaml).inputs()).containsOnlyKeys("country", "email");
    }

    @Test
    void an_input_defined_differently_in_both_packs_is_refused_naming_both() {
        String yaml = PATH.replace("  country: {type: country}\n", "  country: {type: country}\n  email: {type: text}\n");
        assertThat(onlyError(yaml)).isEqualTo(stepError(FILE, 14, 14, 3, "include", "included pack 'form' (" + form()
                + ") defines input 'email' differently from this pack; make the two the same or rename one"));
    }

    @Test
    void a_target_defined_differently_by_two_included_packs_is_refused_naming_both() throws IOException {
        write("other.yaml", FORM.replace("id: form", "id: other").replace("input#email", "input#mail"));
        String yaml = PATH.replace("    name: the form\n", "  - include: other\n");
        assertThat(onlyError(yaml)).isEqualTo(stepError(FILE, 14, 14, 4, "include", "included pack 'other' ("
                + userFolder.resolve("other.yaml") + ") defines target 'field' differently from included pack 'form' ("
                + form() + "); make the two the same or rename one"));
    }

    @Test
    void an_unknown_pack_id_is_named_with_the_known_ones() {
        java.util.TreeSet<String> known = new java.util.TreeSet<>(PackRepository.bundledOnly().ids());
        known.add("form");
        assertThat(onlyError(PATH.replace("include: form", "include: from"))).isEqualTo(stepError(FILE, 13, 14, 3,
                "include", "no pack with id 'from' to include; did you mean 'form'? (known: " + String.join(", ", known) + ")"));
    }

    @Test
    void a_pack_cannot_include_itself() {
        assertThat(onlyError(PATH.replace("include: form", "include: path"))).isEqualTo(stepError(FILE, 13, 14, 3,
                "include", "a pack cannot include itself"));
    }

    @Test
    void an_include_cycle_is_refused_where_it_closes() throws IOException {
        String a = """
                format: 1
                id: a
                title: A
                origins: [https://www.facebook.com]
                steps:
                  - open: https://www.facebook.com/a
                  - include: b
                """;
        write("a.yaml", a);
        write("b.yaml", a.replace("id: a", "id: b").replace("include: b", "include: a"));

        assertThatThrownBy(() -> repository().all()).isInstanceOf(InvalidPackException.class).hasMessage(String.join(
                "\n",
                userFolder.resolve("a.yaml") + ":7:14: step 2 (include): the included pack 'b' has errors (listed with "
                        + "its file)",
                userFolder.resolve("b.yaml") + ":7:14: step 2 (include): including 'a' here makes a cycle: a → b → a"));
    }

    @Test
    void a_guard_on_an_include_is_refused() {
        assertThat(onlyError(PATH.replace("    name: the form", "    when: link present"))).isEqualTo(stepError(FILE,
                14, 5, 3, "include", "'when' is not allowed in an include step (allowed: include, name); put it on "
                        + "the included pack's own steps"));
    }

    @Test
    void errors_inside_an_included_pack_are_reported_against_its_file() throws IOException {
        write("form.yaml", FORM.replace("fill: field", "fill: feild"));

        assertThat(failure(PATH).errors()).containsExactly(
                stepError(FILE, 13, 14, 3, "include", "the included pack 'form' has errors (listed with its file)"),
                stepError(form(), 20, 11, 3, "fill", "target 'feild' is not defined; did you mean 'field'? (defined: "
                        + "cookie-dialog, decline-cookies, field, login-wall, send, send-failed)"));
    }

    @Test
    void a_submit_in_an_included_pack_without_a_confirm_before_it_is_refused() throws IOException {
        write("form.yaml", FORM.replace("  - confirm: Send?\n", ""));

        assertThat(failure(PATH).errors()).containsExactly(
                stepError(FILE, 13, 14, 3, "include", "the included pack 'form' has errors (listed with its file)"),
                stepError(form(), 23, 5, 4, "click", "this step submits, but no confirm step comes before it; add a "
                        + "confirm step so the person says yes before anything is sent"));
    }

    @Test
    void the_confirm_rule_is_checked_on_the_expanded_steps() {
        String withGo = PATH.replace("targets:\n", "targets:\n  go:\n    - css: button.go\n");
        String before = withGo.replace("  - include: form\n", "  - click: go\n    submits: true\n  - include: form\n");
        assertThat(onlyError(before)).isEqualTo(stepError(FILE, 16, 5, 3, "click", "this step submits, but no confirm "
                + "step comes before it; add a confirm step so the person says yes before anything is sent"));

        String after = withGo + "  - click: go\n    submits: true\n";
        assertThat(load(after).steps()).hasSize(9);
    }

    @Test
    void a_pack_file_given_by_path_includes_the_packs_of_the_repository() throws IOException {
        Path elsewhere = Files.createDirectories(userFolder.resolve("elsewhere")).resolve("path.yaml");
        Files.writeString(elsewhere, PATH);

        assertThat(repository().resolve(elsewhere.toString()).steps()).hasSize(8);
        assertThat(repository().validate(elsewhere)).isEqualTo("path");
    }

    @Test
    void a_path_pack_can_include_the_bundled_facebook_objection() {
        String yaml = PATH.replace("include: form", "include: facebook-objection")
                .replace("  country: {type: country}\n", "  choice: {type: choice, choices: [a, b]}\n")
                .replace("verify: [field]", "verify: [success]");
        Pack pack = loader.load(FILE, yaml, PackRepository.bundledOnly());
        Pack facebook = PackRepository.bundledOnly().byId("facebook-objection").orElseThrow();

        assertThat(pack.steps()).hasSize(2 + facebook.steps().size() + 1);
        assertThat(pack.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
                14, 15, 16, 17, 18, 19);
        assertThat(pack.steps().get(2).common().when()).contains(new Guard("form-started", false));
        assertThat(pack.steps()).filteredOn(s -> s.common().submits()).extracting(Step::number).containsExactly(13, 17);
        assertThat(pack.steps().subList(2, 18)).extracting(Step::type)
                .containsExactlyElementsOf(facebook.steps().stream().map(Step::type).toList());
    }
}
