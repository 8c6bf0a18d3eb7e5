package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.report.Outcome;
import dev.optout.testing.FacebookFormModel;
import dev.optout.testing.FacebookFormModel.Answer;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Facebook and Instagram objection packs on forms that carry real pages' noise, one seed at a time (empty and
 * hidden live regions, hidden copies of labels, a hidden disabled Send, an aria-hidden copy of the whole form): each
 * run sends what it should exactly as often as it should, never touches the copy, and ends in the outcome the page's
 * answer calls for. In memory, so that many seeds cost milliseconds; {@code NoisyPagesRunTest} walks the replica's
 * noise in a real browser.
 */
class NoisyObjectionLogicTest {

    private static final Map<String, String> FORMS = Map.of("facebook-objection", FacebookFormModel.FORM,
            "instagram-objection", FacebookFormModel.INSTAGRAM_FORM);

    @TempDir
    Path reports;

    static Stream<Arguments> confirmingSeeds() {
        return Stream.of("facebook-objection", "instagram-objection")
                .flatMap(pack -> LongStream.rangeClosed(1, 20).mapToObj(seed -> Arguments.of(pack, seed)));
    }

    /** Every answer a page may give, each with several seeds of noise around it. */
    static Stream<Arguments> answersUnderNoise() {
        Answer[] answers = Answer.values();
        return Stream.of("facebook-objection", "instagram-objection").flatMap(pack -> LongStream.rangeClosed(21, 44)
                .mapToObj(seed -> Arguments.of(pack, seed, answers[(int) (seed % answers.length)])));
    }

    private RunResult live(String packId, long seed, Answer answer, FacebookFormModel[] model) {
        InMemoryRun engine = new InMemoryRun(reports.resolve(packId + "-" + seed));
        model[0] = new FacebookFormModel(engine.page, FORMS.get(packId)).withNoise(seed).answering(answer);
        Pack pack = PackRepository.bundledOnly().byId(packId).orElseThrow();
        return engine.run(pack, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("country", "DE"));
    }

    @ParameterizedTest(name = "{0}, noise seed {1}")
    @MethodSource("confirmingSeeds")
    void one_objection_is_sent_and_confirmed_whatever_the_noise(String packId, long seed) {
        FacebookFormModel[] model = new FacebookFormModel[1];

        RunResult result = live(packId, seed, Answer.CONFIRMS, model);

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(model[0].objections()).singleElement().satisfies(sent -> assertThat(sent)
                .containsEntry("country", "DE").containsEntry("email", FacebookFormModel.ACCOUNT_EMAIL));
        assertThat(model[0].decoys()).as("the aria-hidden copy of the form is never used").isEmpty();
    }

    @ParameterizedTest(name = "{0}, noise seed {1}, the page {2}")
    @MethodSource("answersUnderNoise")
    void the_outcome_is_the_one_the_page_s_answer_calls_for_whatever_the_noise(String packId, long seed,
                                                                                 Answer answer) {
        FacebookFormModel[] model = new FacebookFormModel[1];

        RunResult result = live(packId, seed, answer, model);

        Outcome expected = switch (answer) {
            case CONFIRMS, CONFIRMS_IN_OTHER_WORDS -> Outcome.CONFIRMED;
            case REFUSES_EMPTY_FULL_NAME, ASKS_AGAIN -> Outcome.REFUSED;
            case FAILS_WITH_500 -> Outcome.FAILED;
            case SAYS_NOTHING -> Outcome.SENT_UNCONFIRMED;
        };
        boolean sends = expected != Outcome.REFUSED;
        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(expected);
        assertThat(model[0].objections()).hasSize(sends ? 1 : 0);
        assertThat(result.sentSomething()).isEqualTo(sends);
        assertThat(model[0].decoys()).isEmpty();
        if (expected == Outcome.REFUSED) {
            assertThat(result.record().message().orElseThrow()).doesNotContain("may have reached Meta")
                    .doesNotContain("may or may not");
        }
    }
}
