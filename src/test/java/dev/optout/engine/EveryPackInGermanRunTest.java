package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.InputValidator;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.replica.Markup;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled pack against the replica in German, as a person in Berlin meets Meta's pages (meta-flows §8). The live
 * run meets the markup of Meta's React pages (ARIA choices, a select-only combobox, fields named through
 * aria-labelledby, alert and status regions rendered empty from the start) with real pages' noise around the forms,
 * a seed per pack: it sends each of its sends exactly once, with the values given and the German defaults, never
 * touches a decoy, and ends confirmed. The dry run, on the native markup, finds every target and sends and types
 * nothing.
 */
class EveryPackInGermanRunTest extends PackRunTest {

    /** What one send must have carried: the replica's name for the form and fields it must hold. */
    record Sent(String form, Map<String, String> fields) {
    }

    /**
     * A pack's German run: the values given, the person's answers in order (a yes per confirmation, Enter when the
     * pack waits for the person), and what the replica must receive, in order.
     */
    record German(String pack, Map<String, String> inputs, List<String> answers, List<Sent> sends) {
        @Override
        public String toString() {
            return pack;
        }
    }

    private static final String OBJECT_DE = "Ich möchte der Verarbeitung meiner Informationen widersprechen";

    static Stream<German> packs() {
        return Stream.of(
                new German("facebook-objection", Map.of("country", "DE"), List.of("y"), List.of(
                        new Sent(Submission.OBJECTION, Map.of("country", "DE", "countryName", "Deutschland",
                                "email", Scenario.DEFAULT_EMAIL, "reason", defaultReason("facebook-objection"))))),
                new German("instagram-objection", Map.of("country", "AT"), List.of("y"), List.of(
                        new Sent(Submission.INSTAGRAM_OBJECTION, Map.of("country", "AT", "countryName", "Österreich",
                                "reason", defaultReason("instagram-objection"))))),
                new German("facebook-privacy-center-path", Map.of("country", "CH"), List.of("y"), List.of(
                        new Sent(Submission.OBJECTION, Map.of("country", "CH", "countryName", "Schweiz",
                                "reason", defaultReason("facebook-objection"))))),
                new German("instagram-policy-path", Map.of("country", "DE"), List.of("y"), List.of(
                        new Sent(Submission.INSTAGRAM_OBJECTION, Map.of("country", "DE",
                                "reason", defaultReason("instagram-objection"))))),
                new German("third-party-ai-data", Map.of("first_name", "Ada", "last_name", "Lovelace",
                        "email", "ada@example.test", "country", "DE", "prompts", "Wo wohnt Ada Lovelace?"),
                        List.of("", "y"), List.of(new Sent(Submission.THIRD_PARTY_AI_DATA, Map.of(
                                "requestTypeLabel", "Ich möchte der Verarbeitung meiner personenbezogenen "
                                        + "Informationen von Dritten, die für KI bei Meta verwendet werden, "
                                        + "widersprechen oder sie einschränken",
                                "firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.test",
                                "countryName", "Deutschland", "prompts", "Wo wohnt Ada Lovelace?")))),
                new German("privacy-rights-request", Map.of(), List.of("y"), List.of(
                        new Sent(Submission.PRIVACY_RIGHTS_REQUEST, Map.of("productName", "Facebook",
                                "rightLabel", OBJECT_DE, "reason", defaultReason("privacy-rights-request"))))),
                new German("meta-ai-chat-deletion", Map.of(), List.of("y", "y"), List.of(
                        new Sent(Submission.META_AI_DELETE_ALL_CHATS, Map.of()),
                        new Sent(Submission.MESSENGER_MESSAGE, Map.of("text", "/reset-all-ais")))),
                new German("off-meta-activity", Map.of(), List.of("y"), List.of(
                        new Sent(Submission.OFF_META_FUTURE_ACTIVITY, Map.of("futureActivity", "disconnect")))),
                new German("whatsapp-objection", Map.of("phone", "+49 30 1234567", "email", "ada@example.test"),
                        List.of("y"), List.of(new Sent(Submission.WHATSAPP_RIGHTS_REQUEST, Map.of(
                                "requestLabel", OBJECT_DE, "phone", "+49301234567", "email", "ada@example.test",
                                "reason", defaultReason("whatsapp-objection"))))));
    }

    private static String defaultReason(String pack) {
        return bundled(pack).input("reason").orElseThrow().defaults().orElseThrow().in("de").orElseThrow();
    }

    /** The values as the command line hands them to a run: checked and normalised. */
    private static Map<String, String> checked(German german) {
        return InputValidator.validate(bundled(german.pack()), german.inputs()).values();
    }

    @Test
    void the_table_has_every_bundled_pack() {
        assertThat(packs().map(German::pack)).containsExactlyInAnyOrderElementsOf(
                PackRepository.bundledOnly().ids());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void a_live_run_in_german_on_react_markup_with_noise_sends_each_send_exactly_once_with_the_right_values(
            German german) {
        replica.scenario().language("de").markup(Markup.REACT).noise((long) german.pack().hashCode());
        Pack pack = bundled(german.pack());

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering(german.answers().toArray(String[]::new)),
                checked(german));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(result.record().language()).isEqualTo("de");
        List<Submission> received = replica.recorder().submissions();
        assertThat(received).extracting(Submission::form)
                .containsExactlyElementsOf(german.sends().stream().map(Sent::form).toList());
        for (int i = 0; i < received.size(); i++) {
            assertThat(received.get(i).fields()).as(received.get(i).form())
                    .containsAllEntriesOf(german.sends().get(i).fields());
        }
        assertThat(result.record().confirmation()).isPresent();
        assertThat(replica.recorder().decoys()).as("nothing reached a decoy of the noise").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void a_dry_run_in_german_finds_every_target_and_sends_and_types_nothing(German german) {
        replica.scenario().language("de");

        RunResult result = run(bundled(german.pack()), Mode.DRY_RUN, new ScriptedPerson(), checked(german));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DRY_RUN);
        assertThat(result.record().steps()).filteredOn(s -> s.status() == StepStatus.FAILED)
                .extracting(StepRecord::note).isEmpty();
        assertThat(result.record().steps()).as("every step the dry run reached that has a target found it")
                .filteredOn(s -> s.status() != StepStatus.SKIPPED && s.target().isPresent())
                .filteredOn(s -> s.screenshot().isPresent())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.matched()).as("step %d", s.n()).isPresent());
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }
}
