package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.optout.pack.Pack;
import dev.optout.replica.FormVersion;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.report.RunRecord.SentField;
import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import dev.optout.testing.ScriptedPerson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Instagram objection pack, walked by the engine in a real headless Chromium against the replica. */
class InstagramObjectionRunTest extends PackRunTest {

    private static final String FORM_PATH = "/contact/233964459562201";
    /** Long enough that the run meets the login wall after declining cookies there, even on a busy machine. */
    private static final int LOGIN_AFTER_MS = 2000;

    private static final Pack pack = bundled("instagram-objection");

    private RunResult run(Mode mode, Person person, Map<String, String> inputs) {
        return run(pack, mode, person, inputs);
    }

    private static String defaultReason(String language) {
        return pack.input("reason").orElseThrow().defaults().orElseThrow().in(language).orElseThrow();
    }

    private static List<Submission> sent(String form) {
        return replica.recorder().submissions().stream().filter(s -> s.form().equals(form)).toList();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, V2025", "de, V2025", "fr, V2025", "it, V2025", "es, V2025", "nl, V2025", "pl, V2025", "pt, V2025",
        "en, V2024", "de, V2024", "fr, V2024", "it, V2024", "es, V2024", "nl, V2024", "pl, V2024", "pt, V2024"})
    void a_live_run_through_cookie_dialog_and_login_wall_sends_exactly_one_instagram_objection_with_the_right_values(
            String language, FormVersion version) {
        replica.scenario().language(language).formVersion(version).loginRequired(true)
                .autoLoginAfterMs(LOGIN_AFTER_MS);
        ScriptedPerson person = new ScriptedPerson().answering("y", "123456");

        RunResult result = run(Mode.LIVE, person, Map.of("country", "AT"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(sent(Submission.INSTAGRAM_OBJECTION)).singleElement().satisfies(objection -> assertThat(
                objection.fields())
                .containsEntry("country", "AT")
                .containsEntry("email", Scenario.DEFAULT_EMAIL)
                .containsEntry("reason", defaultReason(language))
                .containsEntry("version", version.name()));
        if (version == FormVersion.V2024) {
            assertThat(sent(Submission.INSTAGRAM_CODE)).singleElement()
                    .satisfies(code -> assertThat(code.fields()).containsEntry("code", "123456"));
        } else {
            assertThat(sent(Submission.INSTAGRAM_CODE)).isEmpty();
        }
        assertThat(sent(Submission.OBJECTION)).as("nothing reaches Facebook's form").isEmpty();
        assertThat(sent(Submission.CODE)).isEmpty();
        assertThat(result.record().language()).isEqualTo(language);
        assertThat(result.record().confirmation()).isPresent();
        assertThat(result.record().finalUrl()).hasValueSatisfying(url -> assertThat(url).endsWith(FORM_PATH));
        assertThat(result.record().sent()).extracting(SentField::host).containsOnly("help.instagram.com");
        assertThat(person.transcript()).contains("Instagram wants you to log in")
                .doesNotContain(Scenario.DEFAULT_EMAIL);
        assertThat(replica.recorder().keystrokesOnPath("/login/")).as("the login is the person's, never typed")
                .isZero();
    }

    @Test
    void behind_the_ai_gate_in_german_the_run_answers_ja_and_sends_exactly_one_instagram_objection() {
        replica.scenario().language("de").aiGate(true);

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(sent(Submission.INSTAGRAM_OBJECTION)).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("country", "DE").containsEntry("reason", defaultReason("de")));
        assertThat(result.record().steps()).filteredOn(s -> s.target().equals(Optional.of("ai-gate-yes")))
                .singleElement().satisfies(s -> assertThat(s.matched()).hasValueSatisfying(
                        locator -> assertThat(locator).contains("Ja")));
    }

    @Test
    void the_values_the_person_gives_are_the_values_sent() {
        replica.scenario().language("fr");

        RunResult result = run(Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "BE", "email", "canary+ig@example.test", "reason", "CANARY-IG-91c"));

        assertThat(result.record().outcome()).isEqualTo(Outcome.CONFIRMED);
        assertThat(sent(Submission.INSTAGRAM_OBJECTION)).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("country", "BE")
                .containsEntry("countryName", "Belgique")
                .containsEntry("email", "canary+ig@example.test")
                .containsEntry("reason", "CANARY-IG-91c"));
        assertThat(result.record().sent()).extracting(SentField::value)
                .noneMatch(v -> v.contains("canary") || v.contains("CANARY-IG-91c"));
    }

    @ParameterizedTest(name = "login wall: {0}")
    @ValueSource(booleans = {false, true})
    void a_dry_run_finds_every_target_up_to_the_send_and_sends_and_types_nothing(boolean loginWall) {
        replica.scenario().loginRequired(loginWall).autoLoginAfterMs(loginWall ? LOGIN_AFTER_MS : null);

        RunResult result = run(Mode.DRY_RUN, new ScriptedPerson(), Map.of("country", "DE"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.DRY_RUN);
        List<StepRecord> steps = result.record().steps();
        assertThat(steps).extracting(StepRecord::status).doesNotContain(StepStatus.FAILED);
        int send = pack.steps().stream().filter(s -> s.common().submits()).findFirst().orElseThrow().number();
        assertThat(steps).filteredOn(s -> s.n() <= send)
                .filteredOn(s -> Set.of("fill", "select").contains(s.type()) || s.n() == send)
                .extracting(StepRecord::target, s -> s.matched().isPresent())
                .containsExactly(
                        tuple(Optional.of("country"), true),
                        tuple(Optional.of("email"), true),
                        tuple(Optional.of("reason"), true),
                        tuple(Optional.of("send"), true));
        assertThat(steps).filteredOn(s -> s.n() == send).singleElement()
                .extracting(StepRecord::status).isEqualTo(StepStatus.WOULD_DO);
        assertThat(steps).filteredOn(s -> s.n() < send)
                .as("the cookie dialog is declined for real by the interrupt, on the form or on the login wall")
                .anySatisfy(s -> assertThat(s.note()).hasValueSatisfying(note -> assertThat(note)
                        .contains("the overlay 'cookie-dialog' showed: clicked 'decline-cookies'")));
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOnPath(FORM_PATH)).isZero();
        assertThat(replica.recorder().keystrokes()).isEmpty();
    }
}
