package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 failure 5: a value that mixes the pack's text with inputs is typed whole and shown with each personal part
 * masked and the text kept, in the summary, the dry run's notes and run.json (it used to crash the run).
 */
class MaskedTemplateLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String EMAIL = "canary+7f3@example.test";
    private static final String REASON = "CANARY-7f3";

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  email: {type: email, personal: true, label: Your email}",
            "  reason: {type: text, personal: true, label: Why}",
            "  app: {type: text, label: Which app}",
            "targets:",
            "  message: [{label: Message}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: " + FORM,
            "  - fill: message",
            "    value: \"Contact me at ${email}. ${reason} (about ${app})\"",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true");

    private static final String MASKED = "Contact me at c***@e***.test. C… (10 chars) (about Instagram)";

    @TempDir
    Path reports;

    private InMemoryRun engine;

    @BeforeEach
    void a_form_with_one_message_field() {
        engine = new InMemoryRun(reports);
        FakeElement send = FakeElement.button("Send").onClick(() -> engine.page.submit("message"));
        engine.page.route(FORM, page -> page.show(FakeElement.textarea("Message").field("message"), send));
    }

    @Test
    void a_value_mixing_text_and_personal_inputs_is_sent_whole_and_shown_with_each_personal_part_masked()
            throws Exception {
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = engine.run(PACK, Mode.LIVE, person, Map.of("email", EMAIL, "reason", REASON,
                "app", "Instagram"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("message", "Contact me at " + EMAIL + ". " + REASON + " (about Instagram)"));
        assertThat(person.transcript()).contains("Message  " + MASKED);
        assertThat(result.record().sent()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(MASKED));
        String everything = person.transcript() + result.record() + Files.readString(reports.resolve("run.json"));
        assertThat(everything).doesNotContain("canary").doesNotContain(REASON);
    }

    @Test
    void a_dry_run_shows_the_same_masked_value_it_would_type() {
        RunResult result = engine.run(PACK, Mode.DRY_RUN, new ScriptedPerson(), Map.of("email", EMAIL,
                "reason", REASON, "app", "Instagram"));

        assertThat(InMemoryRun.step(result, 2).note()).hasValue("would type " + MASKED + " into 'Message'");
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void without_personal_values_given_the_pack_s_text_is_shown_as_it_is() {
        Pack pack = InMemoryRun.pack(
                "inputs:",
                "  app: {type: text, label: Which app}",
                "targets:",
                "  message: [{label: Message}]",
                "steps:",
                "  - open: " + FORM,
                "  - fill: message",
                "    value: \"About ${app}, please\"");

        RunResult result = engine.run(pack, Mode.DRY_RUN, new ScriptedPerson(), Map.of("app", "Instagram"));

        assertThat(InMemoryRun.step(result, 2).note()).hasValue("would type \"About Instagram, please\" into "
                + "'Message'");
    }
}
