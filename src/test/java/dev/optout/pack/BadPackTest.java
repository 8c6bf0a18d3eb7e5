package dev.optout.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One kind of bad pack per test, each pinned to its message, line, column and step. */
class BadPackTest {

    static final String FILE = "tiny.yaml";
    /** 14 lines; a test's extra steps start at line 15 as step 2. */
    static final String BASE = """
            format: 1
            id: tiny
            title: Tiny
            origins: [https://www.facebook.com]
            inputs:
              email: {type: email}
            targets:
              field:
                - css: input#email
              send:
                - role: button
                  name: Send
            steps:
              - open: https://www.facebook.com/form
            """;

    static final String KNOWN_TYPES = "open, wait-for, click, fill, select, check, uncheck, press, confirm, "
            + "wait-for-person, ask, verify, include, use";

    private final PackLoader loader = new PackLoader();

    static InvalidPackException failure(String yaml) {
        try {
            new PackLoader().load(FILE, yaml);
        } catch (InvalidPackException e) {
            return e;
        }
        return fail("expected the pack to be refused:\n" + yaml);
    }

    static PackError onlyError(String yaml) {
        InvalidPackException e = failure(yaml);
        assertThat(e.errors()).as(e.getMessage()).hasSize(1);
        return e.errors().get(0);
    }

    static PackError error(int line, int column, String message) {
        return new PackError(FILE, line, column, OptionalInt.empty(), Optional.empty(), message);
    }

    static PackError stepError(int line, int column, int step, String type, String message) {
        return new PackError(FILE, line, column, OptionalInt.of(step), Optional.ofNullable(type), message);
    }

    @Test
    void the_base_pack_of_these_tests_is_valid() {
        assertThat(loader.load(FILE, BASE).steps()).hasSize(1);
        assertThat(loader.load(FILE, BASE + "  - confirm: Send?\n  - click: send\n    submits: true\n").steps())
                .hasSize(3);
    }

    @Test
    void an_unknown_top_level_key_is_named_with_the_known_ones() {
        assertThat(onlyError(BASE + "colour: red\n")).isEqualTo(error(15, 1, "unknown key 'colour' (known: format, id, "
                + "title, description, regions, origins, uses, inputs, targets, interrupts, errors, steps)"));
    }

    @Test
    void an_unknown_key_in_a_step_lists_what_that_step_type_allows() {
        assertThat(onlyError(BASE + "  - click: send\n    colour: red\n")).isEqualTo(stepError(16, 5, 2, "click",
                "'colour' is not allowed in a click step (allowed: click, name, optional, when, submits, sends, timeout)"));
    }

    @Test
    void a_value_on_a_click_is_not_allowed() {
        assertThat(onlyError(BASE + "  - click: send\n    value: x\n")).isEqualTo(stepError(16, 5, 2, "click",
                "'value' is not allowed in a click step (allowed: click, name, optional, when, submits, sends, timeout)"));
    }

    @Test
    void an_unknown_step_type_is_named_with_the_known_ones() {
        PackError error = onlyError(BASE + "  - tap: send\n    name: tap it\n");
        assertThat(error).isEqualTo(stepError(15, 5, 2, null, "unknown step type 'tap' (known: " + KNOWN_TYPES + ")"));
        assertThat(error.toLine()).isEqualTo("tiny.yaml:15:5: step 2: unknown step type 'tap' (known: " + KNOWN_TYPES + ")");
    }

    @Test
    void a_step_with_two_step_types_is_refused() {
        assertThat(onlyError(BASE + "  - click: send\n    check: field\n")).isEqualTo(stepError(16, 5, 2, null,
                "a step does one thing, but this one has 2 step types: click, check (split it into steps)"));
    }

    @Test
    void a_step_without_a_step_type_is_refused() {
        assertThat(onlyError(BASE + "  - name: nothing\n")).isEqualTo(stepError(15, 5, 2, null,
                "the step has no step type (known: " + KNOWN_TYPES + ")"));
    }

    @Test
    void a_fill_without_a_value_is_refused() {
        assertThat(onlyError(BASE + "  - fill: field\n")).isEqualTo(stepError(15, 5, 2, "fill",
                "a fill step needs 'value'"));
    }

    @Test
    void a_wrong_type_names_the_key_the_expected_type_and_the_value() {
        assertThat(onlyError(BASE + "  - click: send\n    optional: maybe\n")).isEqualTo(stepError(16, 15, 2, "click",
                "'optional' must be true or false, not 'maybe'"));
    }

    @Test
    void a_timeout_above_an_hour_is_refused() {
        assertThat(onlyError(BASE + "  - click: send\n    timeout: 3601\n")).isEqualTo(stepError(16, 14, 2, "click",
                "'timeout' must be at most 3600"));
    }

    @Test
    void an_undefined_target_is_named_with_a_suggestion_and_the_defined_ones() {
        PackError error = onlyError(BASE + "  - click: sned\n");
        assertThat(error).isEqualTo(stepError(15, 12, 2, "click",
                "target 'sned' is not defined; did you mean 'send'? (defined: field, send)"));
        assertThat(error.toLine()).isEqualTo(
                "tiny.yaml:15:12: step 2 (click): target 'sned' is not defined; did you mean 'send'? (defined: field, send)");
    }

    @Test
    void an_undefined_target_in_a_list_points_at_that_item() {
        assertThat(onlyError(BASE + "  - wait-for: [send, dialog]\n")).isEqualTo(stepError(15, 22, 2, "wait-for",
                "target 'dialog' is not defined (defined: field, send)"));
    }

    @Test
    void an_undefined_target_in_a_guard_is_refused() {
        assertThat(onlyError(BASE + "  - click: send\n    when: dialog present\n")).isEqualTo(stepError(16, 11, 2,
                "click", "target 'dialog' is not defined (defined: field, send)"));
    }

    @Test
    void a_guard_that_is_not_present_or_absent_is_refused() {
        assertThat(onlyError(BASE + "  - click: send\n    when: send visible\n")).isEqualTo(stepError(16, 11, 2,
                "click", "'when' 'send visible' is not valid: it must read '<target> present' or '<target> absent'"));
    }

    @Test
    void an_undefined_input_in_a_value_is_refused() {
        assertThat(onlyError(BASE + "  - fill: field\n    value: ${emial}\n")).isEqualTo(stepError(16, 12, 2, "fill",
                "input 'emial' is not defined; did you mean 'email'? (defined: email)"));
    }

    @Test
    void an_ask_for_an_undefined_input_is_refused() {
        assertThat(onlyError(BASE + "  - ask: code\n")).isEqualTo(stepError(15, 10, 2, "ask",
                "input 'code' is not defined (defined: email)"));
    }

    @Test
    void a_css_selector_that_does_not_parse_is_refused() {
        PackError error = onlyError(BASE.replace("css: input#email", "css: 'input[name='"));
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(12);
        assertThat(error.step()).isEmpty();
        assertThat(error.message()).startsWith("the CSS selector 'input[name=' does not parse: ");
    }

    @Test
    void an_xpath_that_does_not_compile_is_refused() {
        PackError error = onlyError(BASE.replace("css: input#email", "xpath: '//input[@id='"));
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.column()).isEqualTo(14);
        assertThat(error.message()).startsWith("the XPath '//input[@id=' does not compile: ");
    }

    @Test
    void a_huge_selector_is_refused_by_its_length() {
        String huge = "div ".repeat(300) + "input";
        PackError error = onlyError(BASE.replace("css: input#email", "css: '" + huge + "'"));
        assertThat(error).isEqualTo(error(9, 12, "the css selector is 1205 characters long; the limit is 1000"));
    }

    @Test
    void a_deeply_nested_selector_is_refused_before_parsing() {
        String deep = "//div" + "[a".repeat(40) + "]".repeat(40);
        assertThat(onlyError(BASE.replace("css: input#email", "xpath: '" + deep + "'")))
                .isEqualTo(error(9, 14, "the xpath selector nests brackets 40 levels deep; the limit is 32"));
    }

    @Test
    void a_locator_with_two_kinds_is_refused() {
        assertThat(onlyError(BASE.replace("css: input#email", "{css: input, xpath: //input}")))
                .isEqualTo(error(9, 20, "a locator has exactly one kind, but this one has css and xpath "
                        + "(make them separate locators in the list)"));
    }

    @Test
    void an_unknown_language_in_a_text_is_refused() {
        assertThat(onlyError(BASE.replace("name: Send", "name: {en: Send, xx: Sendo}")))
                .isEqualTo(error(12, 24, "unknown language 'xx' (known: "
                        + String.join(", ", Languages.ALL) + ")"));
    }

    @Test
    void an_open_url_outside_the_origins_is_refused() {
        assertThat(onlyError(BASE + "  - open: https://www.instagram.com/x\n")).isEqualTo(stepError(15, 11, 2, "open",
                "URL 'https://www.instagram.com/x' is outside the pack's origins: its origin https://www.instagram.com "
                        + "is not listed (origins: https://www.facebook.com)"));
    }

    @Test
    void an_open_url_with_user_info_is_refused() {
        assertThat(onlyError(BASE + "  - open: https://www.facebook.com@evil.test/x\n")).isEqualTo(stepError(15, 11,
                2, "open", "URL 'https://www.facebook.com@evil.test/x' contains user info ('www.facebook.com@')"));
    }

    @Test
    void a_submitting_step_without_an_earlier_confirm_is_refused() {
        String yaml = BASE + "  - click: send\n    submits: true\n  - confirm: Send?\n";
        assertThat(onlyError(yaml)).isEqualTo(stepError(16, 5, 2, "click", "this step submits, but no confirm step "
                + "comes before it; add a confirm step so the person says yes before anything is sent"));
    }

    @Test
    void a_click_after_a_fill_must_say_whether_it_submits() {
        String filled = BASE + "  - fill: field\n    value: ${email}\n  - confirm: Send?\n";
        assertThat(onlyError(filled + "  - click: send\n")).isEqualTo(stepError(18, 5, 4, "click", "this click comes "
                + "after values were filled: say submits: true if it sends them, submits: false if it does not"));
        assertThat(loader.load(FILE, filled + "  - click: send\n    submits: false\n").steps().get(3).common()
                .submits()).isFalse();
        assertThat(loader.load(FILE, filled + "  - click: send\n    submits: true\n").steps().get(3).common()
                .submits()).isTrue();
    }

    @Test
    void a_key_press_after_a_check_must_say_whether_it_submits_but_a_click_before_any_value_need_not() {
        String yaml = BASE + "  - click: send\n  - check: field\n  - press: Enter\n    target: field\n";
        assertThat(onlyError(yaml)).isEqualTo(stepError(17, 5, 4, "press", "this press comes after values were "
                + "filled: say submits: true if it sends them, submits: false if it does not"));
    }

    @Test
    void a_click_after_an_uncheck_must_say_whether_it_submits_as_after_a_check() {
        String yaml = BASE + "  - uncheck: field\n  - click: send\n";
        assertThat(onlyError(yaml)).isEqualTo(stepError(16, 5, 3, "click", "this click comes after values were "
                + "filled: say submits: true if it sends them, submits: false if it does not"));
        assertThat(loader.load(FILE, BASE + "  - uncheck: field\n").steps().get(1)).isInstanceOf(Step.Uncheck.class);
    }

    @Test
    void an_uncheck_takes_a_target_and_the_common_keys_only() {
        assertThat(onlyError(BASE + "  - uncheck: field\n    value: x\n")).isEqualTo(stepError(16, 5, 2, "uncheck",
                "'value' is not allowed in an uncheck step (allowed: uncheck, name, optional, when, submits, sends, "
                        + "timeout)"));
    }

    @Test
    void sends_names_what_a_submitting_step_sends_to() {
        String yaml = BASE + "  - confirm: Send?\n  - click: send\n    submits: true\n    sends: tiny-form\n";
        assertThat(loader.load(FILE, yaml).steps().get(2).common().sends()).contains("tiny-form");
        assertThat(loader.load(FILE, BASE).steps().get(0).common().sends()).isEmpty();
    }

    @Test
    void sends_on_a_step_that_does_not_submit_is_refused() {
        assertThat(onlyError(BASE + "  - click: send\n    sends: tiny-form\n")).isEqualTo(stepError(16, 5, 2, "click",
                "'sends' names what a send goes to, so it belongs on a step with submits: true"));
    }

    @Test
    void a_send_id_out_of_form_is_refused_with_the_form_it_takes() {
        String yaml = BASE + "  - confirm: Send?\n  - click: send\n    submits: true\n    sends: Tiny Form\n";
        assertThat(onlyError(yaml)).isEqualTo(stepError(18, 12, 3, "click", "'sends' 'Tiny Form' is not valid: a send "
                + "id is lowercase letters, digits and hyphens, starting with a letter, e.g. facebook-ai-objection"));
    }

    @Test
    void a_step_that_needs_the_page_before_any_open_is_refused() {
        String yaml = BASE.replace("  - open: https://www.facebook.com/form\n", "  - click: send\n")
                + "  - open: https://www.facebook.com/form\n";
        assertThat(onlyError(yaml)).isEqualTo(stepError(14, 5, 1, "click",
                "this step looks at the page before any open step; start the pack with an open step"));
    }

    @Test
    void an_open_may_come_first_with_a_guard_on_the_page_it_finds() {
        String yaml = BASE.replace("  - open: https://www.facebook.com/form\n",
                "  - open: https://www.facebook.com/form\n    when: field absent\n");
        assertThat(loader.load(FILE, yaml).steps().get(0).common().when()).contains(new Guard("field", false));
    }

    @Test
    void a_newer_format_is_refused_with_an_upgrade_hint_and_nothing_else() {
        String yaml = BASE.replace("format: 1", "format: 2") + "  - teleport: home\n";
        assertThat(onlyError(yaml)).isEqualTo(error(1, 9,
                "this pack needs optout format 2; this optout reads up to 1 — upgrade optout"));
    }

    @Test
    void a_duplicate_key_is_refused() {
        assertThat(onlyError(BASE + "title: Again\n")).isEqualTo(error(15, 1, "duplicate key 'title' (first at line 3)"));
    }

    @Test
    void an_alias_to_an_unknown_anchor_is_refused() {
        assertThat(onlyError(BASE.replace("name: Send", "name: *send"))).isEqualTo(error(12, 13,
                "alias '*send' refers to no anchor defined before it (anchors: none)"));
    }

    @Test
    void an_input_pattern_that_does_not_compile_is_refused() {
        PackError error = onlyError(BASE.replace("{type: email}", "{type: email, pattern: '[a-'}"));
        assertThat(error.line()).isEqualTo(6);
        assertThat(error.column()).isEqualTo(33);
        assertThat(error.message()).startsWith("the pattern '[a-' is not a valid regular expression: ");
    }

    @Test
    void a_choice_input_needs_choices_and_only_a_choice_may_have_them() {
        InvalidPackException e = failure(BASE.replace("{type: email}", "{type: choice}\n  other: {type: text, "
                + "choices: [a]}"));
        assertThat(e.errors()).containsExactly(
                error(6, 11, "input 'email' is a choice and needs 'choices'"),
                error(7, 23, "'choices' is only allowed for an input of type choice, and 'other' is text"));
    }

    @Test
    void malformed_yaml_is_one_error_at_the_parsers_position() {
        PackError error = onlyError("format: 1\nid: [tiny\ntitle: x\n");
        assertThat(error.file()).isEqualTo(FILE);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(6);
        assertThat(error.message()).startsWith("not valid YAML: ");
    }

    @Test
    void every_error_of_a_file_is_reported_at_once_in_file_order() {
        String yaml = BASE.replace("id: tiny", "id: Tiny") + "  - click: sned\n  - tap: x\n";
        InvalidPackException e = failure(yaml);
        assertThat(e.errors()).extracting(PackError::line).containsExactly(2, 15, 16);
        assertThat(e.getMessage()).isEqualTo(String.join("\n",
                "tiny.yaml:2:5: 'id' 'Tiny' is not valid: an id is lowercase letters, digits and hyphens, e.g. "
                        + "facebook-objection",
                "tiny.yaml:15:12: step 2 (click): target 'sned' is not defined; did you mean 'send'? (defined: field, send)",
                "tiny.yaml:16:5: step 3: unknown step type 'tap' (known: " + KNOWN_TYPES + ")"));
    }
    @Test
    void aliases_that_expand_without_bound_are_refused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
        }
        PackError error = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> onlyError(yaml.toString()));
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.message()).isEqualTo("the file expands to more than 100000 values (aliases of aliases?)");
    }

    @Test
    void an_empty_file_or_a_file_that_is_not_a_map_is_refused() {
        assertThat(onlyError("# nothing\n")).isEqualTo(error(1, 1, "the file is empty"));
        assertThat(onlyError("- open: x\n")).isEqualTo(error(1, 1, "a pack is a map of keys (format, id, title, "
                + "origins, steps, ...), not a list"));
    }
    @Test
    void an_input_name_out_of_form_is_refused_at_its_key() {
        assertThat(onlyError(BASE.replace("  email: {type: email}", "  email: {type: email}\n  E-mail: {type: text}")))
                .isEqualTo(error(7, 3, "'E-mail' is not a valid name: an input name is lowercase letters, digits and "
                        + "underscores, starting with a letter"));
    }

    @Test
    void a_control_character_in_a_step_name_is_refused_where_the_text_starts() {
        assertThat(onlyError(BASE + "  - click: send\n    name: \"send\\0it\"\n")).isEqualTo(stepError(16, 11, 2,
                "click", "the text holds the control character U+0000 at character 5; remove it (a pack's text may "
                        + "hold tabs and line breaks, no other control characters)"));
    }

    @Test
    void a_control_character_in_a_url_is_one_error() {
        assertThat(onlyError(BASE + "  - open: \"https://www.facebook.com/\\x7f\"\n").message())
                .startsWith("the text holds the control character U+007F at character 26;");
    }

    @Test
    void a_bell_in_a_locator_value_or_a_key_is_refused_but_tabs_and_line_breaks_are_not() {
        InvalidPackException e = failure(BASE.replace("name: Send", "name: \"Se\\and\"")
                .replace("  email: {type: email}", "  email: {type: email}\n  \"e\\x1b\": {type: text}"));
        assertThat(e.errors()).extracting(PackError::line, PackError::column, PackError::message).contains(
                org.assertj.core.groups.Tuple.tuple(7, 3, "the key holds the control character U+001B at character 2; "
                        + "remove it (a pack's text may hold tabs and line breaks, no other control characters)"),
                org.assertj.core.groups.Tuple.tuple(13, 13, "the text holds the control character U+0007 at "
                        + "character 3; remove it (a pack's text may hold tabs and line breaks, no other control "
                        + "characters)"));
        assertThat(loader.load(FILE, BASE.replace("name: Send", "name: \"Se\\tn\\nd\"")).target("send").locators())
                .hasSize(1);
    }

    @Test
    void a_step_that_is_not_a_map_is_refused() {
        assertThat(onlyError(BASE + "  - click\n")).isEqualTo(stepError(15, 5, 2, null,
                "the step must be a map, not 'click'"));
    }
}
