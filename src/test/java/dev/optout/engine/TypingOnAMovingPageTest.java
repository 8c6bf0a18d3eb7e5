package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.replica.Recorder;
import dev.optout.replica.TypingNavigation;
import dev.optout.report.Outcome;
import dev.optout.testing.ScriptedPerson;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 failure 1, reliability #8: a page that leaves for another host while the reason is being typed receives at
 * most one chunk of it, nothing is sent, and the run says exactly what may have reached that host. The replica
 * counts every key press per host; the other host is the replica itself under the name {@code localhost}.
 */
class TypingOnAMovingPageTest extends PackRunTest {

    private static final String REASON_LABEL = "Please explain how this processing impacts you";
    private static final Pattern UP_TO = Pattern.compile("up to (\\d+) characters of 'reason' may have reached "
            + "(http://[^;. ]+)");

    private static final Pack pack = bundled("facebook-objection");

    @ParameterizedTest(name = "the page leaves after {0} keys")
    @ValueSource(ints = {1, 16, 40, 250})
    void a_page_that_leaves_for_another_host_during_the_typing_gets_at_most_one_chunk_and_nothing_is_sent(
            int afterKeys) {
        String foreign = "http://localhost:" + replica.port();
        replica.scenario().cookieDialog(false)
                .navigateWhileTyping(new TypingNavigation(foreign + "/help/contact/6359191084165019", afterKeys, REASON_LABEL));
        String reason = "My posts are mine. ".repeat(20);

        RunResult result = run(pack, Mode.LIVE, new ScriptedPerson().answering("y"),
                Map.of("country", "DE", "reason", reason));

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        long leaked = settledKeystrokesOn(foreign);
        assertThat(leaked).as("keys on %s", foreign).isLessThanOrEqualTo(GuardedTyping.CHUNK);
        String message = result.record().message().orElseThrow();
        assertThat(message).contains("the page moved to " + foreign + ", which is not one of the hosts this pack "
                + "may use").contains("while optout was typing into 'reason'").contains("stopped typing at once");
        Matcher upTo = UP_TO.matcher(message);
        if (upTo.find()) {
            assertThat(upTo.group(2)).isEqualTo(foreign);
            assertThat(Long.parseLong(upTo.group(1))).as("what the message admits").isBetween(1L,
                    (long) GuardedTyping.CHUNK).isGreaterThanOrEqualTo(leaked);
        } else {
            assertThat(message).contains("nothing was typed on " + foreign);
            assertThat(leaked).as("the message says nothing was typed there").isZero();
        }
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(replica.recorder().keystrokesOn(replica.baseUrl(), REASON_LABEL))
                .as("the typing stopped within a chunk of the navigation")
                .isLessThan(afterKeys + 2L * GuardedTyping.CHUNK);
    }

    /**
     * The pages report each key press with a request of their own; the count is read once no more arrive. The page
     * on the other host stays open (the next test opens another), so every report it sends arrives.
     */
    private static long settledKeystrokesOn(String origin) {
        Recorder recorder = replica.recorder();
        long seen = -1;
        Instant quietSince = Instant.now();
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline)) {
            long now = recorder.keystrokes().size();
            if (now != seen) {
                seen = now;
                quietSince = Instant.now();
            } else if (Duration.between(quietSince, Instant.now()).toMillis() >= 700) {
                break;
            }
            pauseBriefly();
        }
        return recorder.keystrokesOn(origin);
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
