package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.report.StepRecord;
import dev.optout.report.StepStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Progress lines: short by default, details under --verbose, a failure's reason always, colours only when wanted. */
class ConsoleProgressTest {

    private static final String LONG = "open https://www.facebook.com/help/contact/6359191084165019?with=a&very=long"
            + "&query=string&that=goes&on=and&on&past=the&edge=of&any=terminal";

    private static String progress(boolean verbose, Terminal terminal, StepRecord step) {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text, true), verbose, Colours.of(terminal));
        progress.stepStarted(null, 16, LONG);
        progress.stepFinished(step, 16);
        return text.toString();
    }

    private static StepRecord step(StepStatus status) {
        return new StepRecord(3, "open", Optional.of("send"), status, Optional.of("role=button name=\"Send\""), 1234,
                Optional.of("no element matched any of [role=button name=\"Send\"]"), Optional.empty());
    }

    @Test
    void a_line_holds_step_status_what_and_time_within_100_columns_and_no_locator() {
        String line = progress(false, Terminal.PIPED, step(StepStatus.DONE));

        assertThat(line.lines()).singleElement().satisfies(only -> {
            assertThat(only).startsWith("[ 3/16] done     open https://www.facebook.com/").endsWith("…   1.2 s");
            assertThat(only.length()).isLessThanOrEqualTo(ConsoleProgress.WIDTH);
        });
        assertThat(line).doesNotContain("role=");
    }

    @Test
    void verbose_adds_the_locator_and_the_note_below() {
        assertThat(progress(true, Terminal.PIPED, step(StepStatus.DONE)))
                .contains("\n        via role=button name=\"Send\"").contains("\n        no element matched");
    }

    @Test
    void a_failed_step_always_says_why() {
        assertThat(progress(false, Terminal.PIPED, step(StepStatus.FAILED)))
                .contains("\n        no element matched any of [role=button name=\"Send\"]").doesNotContain("via ");
    }

    @Test
    void colours_only_at_a_terminal_that_wants_them() {
        Terminal colourTerminal = Terminal.of(Map.of("TERM", "xterm-256color", "DISPLAY", ":0"), "Linux", true);
        Terminal noColor = Terminal.of(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), "Linux", true);
        Terminal dumb = Terminal.of(Map.of("TERM", "dumb"), "Linux", true);
        Terminal piped = Terminal.of(Map.of("TERM", "xterm-256color"), "Linux", false);

        assertThat(progress(false, colourTerminal, step(StepStatus.FAILED))).contains("\u001b[1;31mfailed");
        assertThat(progress(false, noColor, step(StepStatus.FAILED))).doesNotContain("\u001b[");
        assertThat(progress(false, dumb, step(StepStatus.FAILED))).doesNotContain("\u001b[");
        assertThat(progress(false, piped, step(StepStatus.FAILED))).doesNotContain("\u001b[");
    }

    @Test
    void a_display_is_found_from_the_environment_on_linux_and_assumed_elsewhere() {
        assertThat(Terminal.of(Map.of(), "Linux", false).display()).isFalse();
        assertThat(Terminal.of(Map.of("DISPLAY", ":0"), "Linux", false).display()).isTrue();
        assertThat(Terminal.of(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", false).display()).isTrue();
        assertThat(Terminal.of(Map.of("DISPLAY", ""), "Linux", false).display()).isFalse();
        assertThat(Terminal.of(Map.of(), "Mac OS X", false).display()).isTrue();
    }
}
