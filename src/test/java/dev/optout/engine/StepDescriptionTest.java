package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One description of a step serves plan, the progress lines and the failure sentences. */
class StepDescriptionTest {

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  email: {type: email, label: Email}",
            "  code: {type: code, label: Code}",
            "targets:",
            "  banner: [{testid: banner}]",
            "  title: [{role: heading, name: Welcome}]",
            "  done: [{text: Done}]",
            "  email: [{label: Email}]",
            "  country: [{label: Country}]",
            "  terms: [{label: I agree}]",
            "  newsletter: [{role: switch, name: Newsletter}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: https://www.facebook.com/form",
            "  - wait-for: [banner, title]",
            "  - click: send",
            "    name: close the banner",
            "    when: banner present",
            "    optional: true",
            "  - fill: email",
            "    value: ${email}",
            "  - select: country",
            "    value: DE",
            "  - check: terms",
            "  - uncheck: newsletter",
            "  - press: Tab",
            "    target: email",
            "    submits: false",
            "  - ask: code",
            "    message: Type the code",
            "  - wait-for-person: Attach the file.",
            "    until: [done]",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - verify: [done]");

    @Test
    void every_step_type_has_its_words_and_the_pack_s_own_name_wins() {
        assertThat(PACK.steps()).extracting(StepDescription::of).containsExactly(
                "open https://www.facebook.com/form",
                "wait-for banner / title",
                "close the banner",
                "fill email",
                "select country",
                "check terms",
                "uncheck newsletter",
                "press Tab in email",
                "ask for code",
                "wait for you",
                "confirm with you",
                "click send",
                "verify done");
    }

    @Test
    void plan_adds_the_values_the_question_what_is_awaited_and_the_marks() {
        assertThat(PACK.steps()).extracting(StepDescription::inDetail).containsExactly(
                "open https://www.facebook.com/form",
                "wait-for banner / title",
                "close the banner  [only if banner present]  [optional]",
                "fill email ← ${email}",
                "select country ← DE",
                "check terms",
                "uncheck newsletter",
                "press Tab in email",
                "ask for code",
                "wait for you until done",
                "confirm with you: \"Send it?\" (nothing is sent before your yes)",
                "click send  [SENDS]",
                "verify done");
    }

    @Test
    void a_failure_sentence_names_the_step_as_plan_does() {
        Step send = PACK.steps().get(11);
        FailureRecord failure = new FailureRecord(send, "refusing to send: no confirm step said yes before this "
                + "step.", List.of("'send' [role=button name=\"Send\"]"), "https://www.facebook.com/form",
                "en");

        assertThat(failure.sentence()).isEqualTo("step 12 'click send' failed: refusing to send: no confirm step "
                + "said yes before this step; target 'send' [role=button name=\"Send\"]; page: "
                + "https://www.facebook.com/form, lang=en");
    }
}
