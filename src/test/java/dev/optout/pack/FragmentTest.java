package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fragments:} in libraries and {@code use:} steps in packs: expanded at load, parameters filled in. */
class FragmentTest {

    /** A library in the user folder; the fragment 'form' starts at line 18, its steps at line 21. */
    static final String FORMS = """
            format: 1
            library: forms
            description: Shared steps.
            targets:
              title:
                - role: heading
                  name: Form
            fragments:
              arrive:
                params: [page, app]
                steps:
                  - wait-for: [cookie-dialog, "{{page}}"]
                    name: wait for {{app}}'s page
                    timeout: 30
                  - click: decline-cookies
                    when: cookie-dialog present
                    name: decline cookies on {{app}}
              form:
                params: [url, app, button, form-id]
                steps:
                  - open: "{{url}}"
                    name: open {{app}}'s form
                  - use: arrive
                    with: {page: title, app: "{{app}}"}
                  - fill: field
                    value: ${email}
                  - confirm: Send this to {{app}}?
                  - click: "{{button}}"
                    submits: true
                    sends: "{{form-id}}"
            """;

    /** A pack that uses the form; its use step is at line 13, step 2. */
    static final String PACK = """
            format: 1
            id: tiny
            title: Tiny
            origins: [https://www.facebook.com]
            uses: [meta-common, forms]
            inputs:
              email: {type: email, personal: true}
            targets:
              field: [{label: Email}, {css: "input[type=email]"}]
              send: [{role: button, name: Send}, {text: Send}]
            steps:
              - open: https://www.facebook.com/start
              - use: form
                with:
                  url: https://www.facebook.com/form
                  app: Facebook
                  button: send
                  form-id: tiny-form
              - verify: [title]
            """;

    static final String FILE = "tiny.yaml";

    @TempDir
    Path userFolder;

    private final PackLoader loader = new PackLoader();

    @BeforeEach
    void a_library_of_forms_in_the_user_folder() throws IOException {
        writeLibrary(FORMS);
    }

    private void writeLibrary(String yaml) throws IOException {
        Files.createDirectories(userFolder.resolve("lib"));
        Files.writeString(userFolder.resolve("lib").resolve("forms.yaml"), yaml);
    }

    private String library() {
        return userFolder.resolve("lib").resolve("forms.yaml").toString();
    }

    private Pack load(String yaml) {
        return loader.load(FILE, yaml, new PackRepository(loader, Optional.of(userFolder)));
    }

    private List<String> errors(String yaml) {
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> load(yaml));
        return e.errors().stream().map(PackError::toLine).toList();
    }

    private List<String> libraryErrors(String yaml) {
        InvalidPackException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidPackException.class,
                () -> loader.loadLibrary("forms.yaml", yaml));
        return e.errors().stream().map(PackError::toLine).toList();
    }

    @Test
    void a_use_is_replaced_by_the_fragment_s_steps_with_its_parameters_filled_in() {
        Pack pack = load(PACK);

        assertThat(pack.steps()).extracting(Step::type).containsExactly("open", "open", "wait-for", "click", "fill",
                "confirm", "click", "verify");
        assertThat(pack.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(((Step.Open) pack.steps().get(1)).url()).isEqualTo("https://www.facebook.com/form");
        assertThat(pack.steps().get(1).common().label()).contains("open Facebook's form");
        assertThat(((Step.WaitFor) pack.steps().get(2)).anyOf()).containsExactly("cookie-dialog", "title");
        assertThat(pack.steps().get(3).common().label()).contains("decline cookies on Facebook");
        assertThat(((Step.Confirm) pack.steps().get(5)).message()).isEqualTo("Send this to Facebook?");
        Step.Click send = (Step.Click) pack.steps().get(6);
        assertThat(send.target()).isEqualTo("send");
        assertThat(send.common().submits()).isTrue();
        assertThat(send.common().sends()).contains("tiny-form");
    }

    @Test
    void inputs_stay_for_the_run_and_each_step_keeps_the_line_where_the_fragment_writes_it() {
        Pack pack = load(PACK);

        assertThat(((Step.Fill) pack.steps().get(4)).value().soleReference()).contains("email");
        assertThat(pack.steps().get(1).common().line()).isEqualTo(21);
        assertThat(pack.steps().get(2).common().line()).isEqualTo(12);
        assertThat(pack.targets()).containsKey("title");
    }

    @Test
    void an_error_inside_a_fragment_names_its_place_in_the_library_and_the_use_adds_a_line() {
        String wrong = PACK.replace("button: send", "button: sned");

        assertThat(errors(wrong)).containsExactly(
                FILE + ":13:10: step 2 (use): the fragment 'form' of library forms has errors where it is used here "
                        + "(listed with its file)",
                library() + ":28:16: fragment 'form' step 5 (click): target 'sned' is not defined; did you mean "
                        + "'send'? (defined: cookie-dialog, decline-cookies, field, login-wall, send, send-failed, "
                        + "title)");
    }

    @Test
    void an_error_in_a_fragment_used_by_a_fragment_is_reported_through_both_uses() throws IOException {
        writeLibrary(FORMS.replace("with: {page: title, app:", "with: {page: titel, app:"));

        assertThat(errors(PACK)).containsExactly(
                FILE + ":13:10: step 2 (use): the fragment 'form' of library forms has errors where it is used here "
                        + "(listed with its file)",
                library() + ":23:14: fragment 'form' step 2 (use): the fragment 'arrive' of library forms has errors "
                        + "where it is used here (listed with its file)",
                library() + ":12:35: fragment 'arrive' step 1 (wait-for): target 'titel' is not defined; did you "
                        + "mean 'title'? (defined: cookie-dialog, decline-cookies, field, login-wall, send, "
                        + "send-failed, title)");
    }

    @Test
    void a_value_that_makes_a_step_invalid_is_judged_once_filled_in() {
        assertThat(errors(PACK.replace("url: https://www.facebook.com/form", "url: http://www.facebook.com/form")))
                .contains(library() + ":21:15: fragment 'form' step 1 (open): 'open' 'http://www.facebook.com/form' "
                        + "is not valid: it must be an https:// URL");
        assertThat(errors(PACK.replace("url: https://www.facebook.com/form", "url: https://www.instagram.com/form")))
                .contains(library() + ":21:15: fragment 'form' step 1 (open): URL 'https://www.instagram.com/form' is "
                        + "outside the pack's origins: its origin https://www.instagram.com is not listed (origins: "
                        + "https://www.facebook.com)");
    }

    @Test
    void an_unknown_fragment_is_named_with_the_closest_and_the_known_ones() {
        assertThat(errors(PACK.replace("use: form", "use: from"))).containsExactly(FILE + ":13:10: step 2 (use): no "
                + "fragment named 'from' in the libraries this pack uses; did you mean 'form'? (known: arrival, arrive, form)");
    }

    @Test
    void a_missing_or_an_extra_parameter_is_refused() {
        assertThat(errors(PACK.replace("      form-id: tiny-form\n", ""))).containsExactly(FILE + ":14:5: step 2 (use): "
                + "the fragment 'form' needs a value for its parameter 'form-id' (give it with: {form-id: …})");
        assertThat(errors(PACK.replace("      app: Facebook\n", "      app: Facebook\n      ap: Facebook\n")))
                .containsExactly(FILE + ":17:7: step 2 (use): 'ap' is not a parameter of the fragment 'form'; did you "
                        + "mean 'app'? (its parameters: url, app, button, form-id)");
        assertThat(errors(PACK.replace("""
                    with:
                      url: https://www.facebook.com/form
                      app: Facebook
                      button: send
                      form-id: tiny-form
                """, ""))).containsExactly(FILE + ":13:5: step 2 (use): the fragment 'form' needs a value for its "
                + "parameters url, app, button, form-id (give it with: {url: …})");
    }

    @Test
    void a_fragment_that_uses_itself_through_another_is_a_cycle() throws IOException {
        writeLibrary(FORMS.replace("""
                      - click: decline-cookies
                        when: cookie-dialog present
                        name: decline cookies on {{app}}
                """, """
                      - use: form
                        with: {url: x, app: "{{app}}", button: send, form-id: x}
                """));

        assertThat(errors(PACK)).contains(library() + ":15:14: fragment 'arrive' step 2 (use): using the fragment "
                + "'form' here makes a cycle: form → arrive → form");
    }

    @Test
    void a_click_after_values_in_a_fragment_must_say_whether_it_submits() throws IOException {
        writeLibrary(FORMS.replace("""
                        submits: true
                        sends: "{{form-id}}"
                """, """
                        name: "{{form-id}}"
                """));

        assertThat(errors(PACK)).contains(library() + ":28:9: fragment 'form' step 5 (click): this click comes after "
                + "values were filled: say submits: true if it sends them, submits: false if it does not");
    }

    @Test
    void a_use_takes_only_its_values_and_a_name() {
        assertThat(errors(PACK.replace("  - use: form\n", "  - use: form\n    when: title present\n")))
                .contains(FILE + ":14:5: step 2 (use): 'when' is not allowed in a use step (allowed: use, with, "
                        + "name); put it on the fragment's own steps");
    }

    @Test
    void a_library_refuses_undeclared_unused_and_misspelt_parameters() {
        assertThat(libraryErrors(FORMS.replace("name: wait for {{app}}'s page", "name: wait for {{apps}}'s page")
                .replace("params: [url, app, button, form-id]", "params: [url, app, button, form-id, spare]")
                .replace("confirm: Send this to {{app}}?", "confirm: Send this to {{ app }}?"))).containsExactly(
                "forms.yaml:13:15: fragment 'arrive' step 1 (wait-for): '{{apps}}' is not a parameter of the "
                        + "fragment 'arrive'; did you mean 'app'? (its parameters: page, app)",
                "forms.yaml:19:41: the parameter 'spare' is not used by any step of the fragment 'form'; remove it or "
                        + "use it as {{spare}}",
                "forms.yaml:27:18: fragment 'form' step 4 (confirm): a parameter is written {{name}}, its name in "
                        + "lowercase letters, digits, '-' and '_' without spaces");
        assertThat(libraryErrors(FORMS.replace("name: decline cookies on {{app}}", "name: decline cookies")
                .replace("name: wait for {{app}}'s page", "name: wait for the page"))).containsExactly(
                "forms.yaml:10:20: the parameter 'app' is not used by any step of the fragment 'arrive'; remove it "
                        + "or use it as {{app}}");
    }

    @Test
    void a_library_s_fragment_steps_are_judged_like_a_pack_s_but_for_their_parameters() {
        assertThat(libraryErrors(FORMS.replace("- confirm: Send this", "- confrim: Send this")
                .replace("timeout: 30", "timeout: soon"))).containsExactly(
                "forms.yaml:14:18: fragment 'arrive' step 1 (wait-for): 'timeout' must be a number, not 'soon'",
                "forms.yaml:27:9: fragment 'form' step 4: unknown step type 'confrim' (known: "
                        + BadPackTest.KNOWN_TYPES + ")");
        assertThat(loader.loadLibrary("forms.yaml", FORMS).fragments()).containsOnlyKeys("arrive", "form");
        assertThat(loader.loadLibrary("forms.yaml", FORMS).fragments().get("form").params())
                .containsExactly("url", "app", "button", "form-id");
    }

    @Test
    void a_parameter_name_out_of_form_is_refused_with_the_form_it_takes() {
        assertThat(libraryErrors(FORMS.replace("params: [page, app]", "params: [page, App]"))).contains(
                "forms.yaml:10:20: item 2 of 'params' 'App' is not valid: a parameter name is lowercase letters, "
                        + "digits, '-' and '_', starting with a letter");
    }

    @Test
    void a_fragment_includes_no_pack() {
        assertThat(libraryErrors(FORMS.replace("""
                      - fill: field
                """, """
                      - include: facebook-objection
                      - fill: field
                """))).containsExactly("forms.yaml:25:9: fragment 'form' step 3 (include): a fragment cannot include "
                + "a pack; include it in the pack that uses the fragment 'form'");
    }

    @Test
    void two_libraries_may_not_define_the_same_fragment() throws IOException {
        Files.writeString(userFolder.resolve("lib").resolve("more.yaml"), FORMS.replace("library: forms",
                "library: more-forms"));

        assertThat(errors(PACK.replace("uses: [meta-common, forms]", "uses: [meta-common, forms, more-forms]")))
                .contains(FILE + ":5:28: library more-forms defines the fragment 'arrive' as forms does; a fragment "
                        + "may come from one library only");
    }

    @Test
    void an_error_line_in_a_fragment_carries_its_fragment() {
        PackError error = new PackError("lib.yaml", 3, 4, OptionalInt.of(2), Optional.of("click"), "bad",
                Optional.of("arrive"));
        assertThat(error.toLine()).isEqualTo("lib.yaml:3:4: fragment 'arrive' step 2 (click): bad");
    }
}
