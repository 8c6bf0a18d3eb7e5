package dev.optout.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.Pack;
import dev.optout.report.Outcome;
import dev.optout.testing.FakeElement;
import dev.optout.testing.ScriptedPerson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing that cannot leak (issue 7.1), in milliseconds against an in-memory page: chunks, the checks between them,
 * and what the run says when a page leaves during the typing. {@link TypingOnAMovingPageTest} holds the same in a
 * real Chromium.
 */
class GuardedTypingLogicTest {

    private static final String FORM = "https://www.facebook.com/form";
    private static final String EVIL = "https://evil.test";
    private static final String REASON = "I object to this processing of my data. ".repeat(5);

    private static final Pack PACK = InMemoryRun.pack(
            "inputs:",
            "  reason: {type: text, personal: true, label: Reason}",
            "targets:",
            "  reason: [{label: Reason}]",
            "  send: [{role: button, name: Send}]",
            "steps:",
            "  - open: " + FORM,
            "  - fill: reason",
            "    value: ${reason}",
            "  - confirm: Send it?",
            "  - click: send",
            "    submits: true");

    @TempDir
    Path reports;

    private InMemoryRun engine;
    private FakeElement reason;

    @BeforeEach
    void a_form_with_a_reason_and_a_send_button() {
        engine = new InMemoryRun(reports);
        reason = FakeElement.textarea("Reason").field("reason");
        FakeElement send = FakeElement.button("Send").onClick(() -> engine.page.submit("objection"));
        engine.page.route(FORM, page -> page.show(reason, send));
        engine.page.route(EVIL + "/", page -> page.show(FakeElement.textarea("Reason").field("reason")));
    }

    private RunResult run() {
        return engine.run(PACK, Mode.LIVE, new ScriptedPerson().answering("y"), Map.of("reason", REASON));
    }

    @Test
    void a_value_is_typed_in_chunks_of_at_most_sixteen_characters_and_arrives_whole() {
        RunResult result = run();

        assertThat(result.record().outcome()).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.keystrokes()).hasSize((REASON.length() + 15) / 16)
                .allSatisfy(k -> assertThat(k.substring(k.indexOf("← ") + 2)).hasSizeLessThanOrEqualTo(16));
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("reason", REASON));
    }

    @Test
    void a_page_that_leaves_mid_chunk_receives_only_the_rest_of_that_chunk_and_the_run_says_how_much_may_have_gone() {
        engine.page.navigateWhileTyping(20, EVIL + "/");

        RunResult result = run();

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(engine.page.charactersTypedOn(EVIL)).isEqualTo(12);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m).startsWith("step 2 'fill reason' "
                + "failed: the page moved to " + EVIL + ", which is not one of the hosts this pack may use "
                + "(https://www.facebook.com); it went there while optout was typing into 'reason', and optout "
                + "stopped typing at once: up to 16 characters of 'reason' may have reached " + EVIL + ";"));
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_page_that_leaves_right_after_a_chunk_gets_nothing_more_though_the_run_cannot_exclude_that_chunk() {
        engine.page.navigateWhileTyping(32, EVIL + "/");

        RunResult result = run();

        assertThat(engine.page.charactersTypedOn(EVIL)).isZero();
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("up to 16 characters of 'reason' may have reached " + EVIL));
        assertThat(engine.page.submissions()).isEmpty();
    }

    @Test
    void a_page_that_leaves_before_the_first_key_is_told_to_have_received_nothing() {
        reason.onClick(() -> engine.page.navigate(EVIL + "/"));

        RunResult result = run();

        assertThat(result.record().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(result.record().message()).hasValueSatisfying(m -> assertThat(m)
                .contains("while optout was typing into 'reason'").contains("nothing was typed on " + EVIL)
                .doesNotContain("may have reached"));
        assertThat(engine.page.charactersTypedOn(EVIL)).isZero();
        assertThat(engine.page.keystrokes()).isEmpty();
    }

    @Test
    void a_field_re_rendered_during_the_typing_on_the_same_host_gets_the_whole_value_again_once() {
        boolean[] remounted = {false};
        reason.onEdit(() -> {
            if (!remounted[0]) {
                remounted[0] = true;
                engine.page.remount();
            }
        });

        RunResult result = run();

        assertThat(result.record().outcome()).as(result.record().message().orElse("")).isEqualTo(Outcome.SENT_UNCONFIRMED);
        assertThat(engine.page.submissions()).singleElement()
                .satisfies(sent -> assertThat(sent).containsEntry("reason", REASON));
    }

    @Test
    void chunks_never_split_a_character_that_takes_two_chars() {
        String text = "😀".repeat(20) + "é";

        assertThat(GuardedTyping.chunks(text)).hasSize(2).allSatisfy(chunk -> assertThat(Character
                .isHighSurrogate(chunk.charAt(chunk.length() - 1))).isFalse()).first()
                .satisfies(first -> assertThat(first.codePointCount(0, first.length())).isEqualTo(16));
        assertThat(String.join("", GuardedTyping.chunks(text))).isEqualTo(text);
    }
}
