package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.report.StepStatus;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meta's error after a send ends the wait for its answer at once; the send stays one send. */
class SendFailureLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String META_SAYS = "Something went wrong. Please try again later.";

    private static final Pack PACK = InMemoryRun.pack(
            "targets:",
            "  send: [{role: button, name: Send}]",
            "  success: [{text: Your objection has been submitted}]",
            "  send-failed: [{role: alert, name: " + META_SAYS + "}]",
            "  title: [{role: heading, name: Object}]",
            "errors: [send-failed]",
            "steps:",
            "  - open: " + FORM,
            "  - wait-for: [title]",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true",
            "  - wait-for: [success]",
            "    name: wait for Meta's answer",
            "    timeout: 60",
            "  - verify: [success]");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement send;

    @BeforeEach
    void a_form_whose_send_meta_fails() {
        engine = new InMemoryRun(reports);
        send = FakeElement.button("Send");
        FakeElement alert = FakeElement.of("div").role("alert").named(META_SAYS).text(META_SAYS);
        send.onClick(() -> {
            engine.page.submit("objection");
            engine.page.after(Duration.ofMillis(300), () -> engine.page.show(alert));
        });
    }

    private RunResult live() {
        return engine.run(PACK, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of());
    }

    @Test
    void meta_s_error_after_the_send_ends_the_wait_at_once_failed_with_meta_s_words_and_one_send() {
        engine.page.route(FORM, page -> page.show(FakeElement.heading("Object"), send));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.record().message()).hasValue("step 5 'wait for Meta's answer': The send left the browser "
                + "and Meta's page answered with \"" + META_SAYS + "\" (POST https://www.facebook.com/ajax/objection/"
                + "submit → 200). It may or may not have reached Meta: do not send again by yourself; check your "
                + "email first.");
        assertThat(InMemoryRun.step(result, 5).ms()).as("ended by the error, not by the 60 s").isLessThan(2000);
        assertThat(InMemoryRun.step(result, 5).status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.record().steps()).hasSize(5);
        assertThat(engine.page.submissions()).hasSize(1);
        assertThat(result.sentSomething()).as("it counts as sent, so a rerun needs --force").isTrue();
    }

    @Test
    void before_a_send_the_error_targets_end_no_wait() {
        FakeElement alert = FakeElement.of("div").role("alert").named(META_SAYS).text(META_SAYS);
        engine.page.route(FORM, page -> {
            page.show(alert, send);
            page.after(Duration.ofSeconds(3), () -> page.show(FakeElement.heading("Object")));
        });

        RunResult result = engine.run(PACK, Mode.LIVE, new ScriptedPerson().answering("n"), Map.of());

        assertThat(InMemoryRun.step(result, 2).status()).isEqualTo(StepStatus.DONE);
        assertThat(InMemoryRun.step(result, 2).target()).hasValue("title");
        assertThat(result.record().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(result.sentSomething()).isFalse();
    }

    @Test
    void a_send_the_page_answers_with_nothing_stays_unconfirmed_after_the_whole_wait_and_is_not_repeated() {
        send.onClick(() -> engine.page.submit("objection"));
        engine.page.route(FORM, page -> page.show(FakeElement.heading("Object"), send));

        RunResult result = live();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(InMemoryRun.step(result, 5).ms()).isGreaterThanOrEqualTo(60_000);
        assertThat(engine.page.submissions()).hasSize(1);
        assertThat(engine.page.clicks()).containsExactly("<button> Send");
        assertThat(result.sentSomething()).isTrue();
    }
}
