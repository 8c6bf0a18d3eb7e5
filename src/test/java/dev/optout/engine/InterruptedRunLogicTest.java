package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.ReportWriter;
import dev.optout.testing.FakeElement;
import dev.optout.testing.InMemoryPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk interrupted from another thread (a signal, issue 7.4): what the aborted record says was sent, and that no
 * send begins once the interruption has. The walk runs on a thread of its own, held where the test needs it by a
 * person or a page that waits for the test.
 */
class InterruptedRunLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  reason: {type: text, label: Why}",
            "  code: {type: code, personal: true, pattern: '[0-9]{6}', label: The code}",
            "targets:",
            "  reason: [{label: Reason}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: " + FORM,
            "  - fill: reason",
            "    value: ${reason}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - ask: code",
            "    message: Type the code");

    @TempDir
    Path reports;

    private final InMemoryPage page = new InMemoryPage();
    private final CountDownLatch personAsked = new CountDownLatch(1);
    private final CountDownLatch personAnswers = new CountDownLatch(1);
    private final CountDownLatch codeAsked = new CountDownLatch(1);
    private final CountDownLatch codeGiven = new CountDownLatch(1);
    private final CountDownLatch clickStarted = new CountDownLatch(1);
    private final CountDownLatch clickEnds = new CountDownLatch(1);
    private Runner runner;

    /** Says yes, or gives a code, once the test lets them; until then they think. */
    private final Person slowPerson = new Person() {
        @Override
        public boolean confirm(String question) {
            think();
            return true;
        }

        @Override
        public Optional<String> ask(String prompt) {
            codeAsked.countDown();
            await(codeGiven);
            return Optional.of("123456");
        }

        @Override
        public void tell(String message) {
        }

        private void think() {
            personAsked.countDown();
            await(personAnswers);
        }
    };

    @BeforeEach
    void a_form_that_sends() {
        runner = new Runner(slowPerson, RunListener.SILENT, page.clock());
    }

    private void form(Runnable onSend) {
        FakeElement send = FakeElement.button("Send").onClick(onSend);
        page.route(FORM, p -> p.show(FakeElement.textarea("Reason").field("reason"), send));
    }

    private CompletableFuture<RunResult> walk() {
        RunSettings settings = RunSettings.defaults(Mode.LIVE).withStepTimeout(Duration.ofSeconds(10));
        return CompletableFuture.supplyAsync(() -> runner.run(PACK, Map.of("reason", "Mine"), settings, page,
                OriginMap.none(), new ReportWriter(reports)));
    }

    @Test
    void interrupted_at_the_prompt_before_the_yes_nothing_was_sent_and_no_send_begins_after_the_yes()
            throws Exception {
        form(() -> page.submit("objection"));
        CompletableFuture<RunResult> walking = walk();
        await(personAsked);

        assertThat(runner.interrupting()).isTrue();
        RunInterruption interruption = runner.interrupted("SIGINT");
        personAnswers.countDown();
        codeGiven.countDown();
        RunResult result = walking.get(10, TimeUnit.SECONDS);

        assertThat(interruption.sentence()).isEqualTo("Interrupted at step 3; nothing was sent");
        assertThat(interruption.sendingStep()).isEmpty();
        assertThat(page.submissions()).as("the yes came after the interruption").isEmpty();
        assertThat(result.record()).isEqualTo(interruption.record());
        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(Files.readString(reports.resolve("run.json"))).contains("\"outcome\" : \"aborted\"")
                .contains("interrupted (SIGINT)");
    }

    @Test
    void interrupted_after_the_send_it_says_what_was_sent_where() throws Exception {
        form(() -> page.submit("objection"));
        CompletableFuture<RunResult> walking = walk();
        personAnswers.countDown();
        await(codeAsked);

        assertThat(runner.interrupting()).isTrue();
        RunInterruption interruption = runner.interrupted("SIGTERM");
        codeGiven.countDown();

        assertThat(interruption.sentence()).isEqualTo("Interrupted at step 5; already sent to www.facebook.com: "
                + "Reason (do not send it again)");
        assertThat(interruption.record().sent()).singleElement()
                .satisfies(field -> assertThat(field.value()).isEqualTo("Mine"));
        walking.get(10, TimeUnit.SECONDS);
        assertThat(page.submissions()).hasSize(1);
    }

    @Test
    void interrupted_while_the_send_is_under_way_it_may_have_reached_meta() throws Exception {
        form(() -> {
            clickStarted.countDown();
            await(clickEnds);
            page.submit("objection");
        });
        personAnswers.countDown();
        codeGiven.countDown();
        CompletableFuture<RunResult> walking = walk();
        await(clickStarted);

        assertThat(runner.interrupting()).isTrue();
        clickEnds.countDown();
        RunInterruption interruption = runner.interrupted("SIGINT");

        assertThat(interruption.sentence()).isEqualTo("Interrupted at step 4 while sending to www.facebook.com: it "
                + "may have reached Meta; check your email before sending it again");
        assertThat(interruption.sendingStep()).hasValue(4);
        walking.get(10, TimeUnit.SECONDS);
    }

    @Test
    void a_walk_that_has_ended_is_not_interrupted_and_its_report_stands() throws Exception {
        form(() -> page.submit("objection"));
        personAnswers.countDown();
        codeGiven.countDown();
        RunResult result = walk().get(10, TimeUnit.SECONDS);

        assertThat(runner.interrupting()).isFalse();
        assertThat(runner.result()).hasValue(result);
        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("waited 10 s in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

}
