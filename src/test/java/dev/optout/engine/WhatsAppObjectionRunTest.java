package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Pack;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord.SentField;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The WhatsApp objection pack, walked by the engine in a real headless Chromium against the replica. */
class WhatsAppObjectionRunTest extends PackRunTest {

    private static final String FORM = "/contact/forms/382532939919295/";

    private static final Pack pack = bundled("whatsapp-objection");

    /** The values as the person gives them, checked and normalised as the command line does before a run. */
    private static Map<String, String> inputs() {
        return InputValidator.validate(pack, Map.of("phone", "+49 30 123-4567", "email", "canary+wa@example.test"))
                .values();
    }

    private static String defaultReason(String language) {
        return pack.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "en, I want to object to the processing of my information, Thanks for contacting WhatsApp",
        "de, Ich möchte der Verarbeitung meiner Informationen widersprechen, 'Danke, dass du WhatsApp kontaktiert hast'"})
    void a_live_run_sends_exactly_one_objection_with_the_phone_number_the_email_and_the_reason(String language,
            String object, String thanks) {
        replica.scenario().language(language);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(pack, Mode.LIVE, person, inputs());

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(request -> {
            assertThat(request.form()).isEqualTo(Submission.WHATSAPP_RIGHTS_REQUEST);
            assertThat(request.fields()).containsEntry("requestLabel", object)
                    .containsEntry("phone", "+49301234567")
                    .containsEntry("email", "canary+wa@example.test")
                    .containsEntry("reason", defaultReason(language));
        });
        assertThat(result.record().confirmation()).hasValue(thanks);
        assertThat(result.record().sent()).extracting(SentField::host).containsOnly("www.whatsapp.com");
        assertThat(result.record().sent()).extracting(SentField::value)
                .noneMatch(v -> v.contains("30") || v.contains("canary"));
        assertThat(person.transcript()).doesNotContain("+49301234567", "1234567", "canary+wa");
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void a_dry_run_finds_every_target_and_sends_and_types_nothing(String language) {
        replica.scenario().language(language);

        RunResult result = run(pack, Mode.DRY_RUN, new ScriptedPerson(), inputs());

        assertThat(result.record().outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        assertThat(result.record().steps()).filteredOn(s -> List.of("check", "fill", "click").contains(s.type()))
                .filteredOn(s -> s.status() == StepStatus.WOULD_DO)
                .extracting(s -> s.target().orElseThrow())
                .containsExactly("object", "phone", "email", "reason", "send");
        assertThat(result.record().steps()).filteredOn(s -> s.status() == StepStatus.WOULD_DO)
                .filteredOn(s -> s.target().isPresent() && !s.type().equals("verify"))
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(FORM)).isZero();
    }

    @Test
    void a_phone_number_without_its_country_code_is_refused_before_any_page_is_opened() {
        Assertions.assertThatThrownBy(() -> InputValidator.validate(pack, Map.of("phone", "030 9876543",
                        "email", "someone@example.test")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not an international phone number")
                .as("the message goes to the person who typed it, who needs to see the mistake")
                .hasMessageContaining("phone: '030 9876543'");
    }
}
