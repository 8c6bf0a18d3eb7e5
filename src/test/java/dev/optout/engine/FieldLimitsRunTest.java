package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Markup;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import dev.optout.report.Outcome;
import dev.optout.testing.ScriptedPerson;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Facebook objection pack in a real browser against the replica's field limits, in both markups: a read-only
 * email the page pre-fills with the account's address, and a reason longer than its field takes.
 */
class FieldLimitsRunTest extends PackRunTest {

    private static final Pack pack = bundled("facebook-objection");
    private static final String REASON_LABEL = "Please explain how this processing impacts you";

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_read_only_email_is_sent_as_the_page_holds_it_once_and_the_confirmation_names_it(Markup markup) {
        replica.scenario().markup(markup).cookieDialog(false).readonlyEmail(true);
        ScriptedPerson person = new ScriptedPerson().answering("y");

        RunResult result = run(pack, Mode.LIVE, person, Map.of("country", "DE", "email", "mine@example.org"));

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.CONFIRMED);
        assertThat(replica.recorder().submissions()).singleElement().satisfies(s -> assertThat(s.fields())
                .containsEntry("email", Scenario.DEFAULT_EMAIL).containsEntry("country", "DE"));
        assertThat(replica.recorder().keystrokesInto("Email address")).isZero();
        assertThat(person.transcript())
                .contains("the page sends the account's address p***@e***.test; yours cannot be used here")
                .doesNotContain("mine@example.org");
        assertThat(result.record().sent()).anySatisfy(f -> assertThat(f.value()).isEqualTo("p***@e***.test"));
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void a_reason_longer_than_the_field_takes_stops_an_unattended_run_before_typing_and_nothing_is_sent(
            Markup markup) {
        replica.scenario().markup(markup).cookieDialog(false).reasonMaxLength(50);
        String reason = "This reason is longer than fifty characters, as the test needs it to be.";

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "reason", reason));

        assertThat(result.record().outcome()).isEqualTo(Outcome.STOPPED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("'" + REASON_LABEL + "' takes at most 50 characters, and the reason is " + reason.length()
                        + " characters long; nothing was typed")
                .contains("--set reason=…"));
        assertThat(replica.recorder().submissionCount(Submission.OBJECTION)).isZero();
        assertThat(replica.recorder().keystrokesInto(REASON_LABEL)).isZero();
    }
}
