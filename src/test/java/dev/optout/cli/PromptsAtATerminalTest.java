package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19.5 at a real pseudo-terminal: the tool in a JVM of its own under util-linux {@code script}, answered as a
 * person (or {@code expect}) answers, each question only after it showed. The guide asks its questions before any
 * browser starts; Ctrl-D at a required one ends it with exit 3.
 */
@Timeout(180)
class PromptsAtATerminalTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String ENTER = "\r";
    private static final String CTRL_D = "\u0004";

    @TempDir
    Path home;

    @Test
    void the_guide_shows_each_question_before_it_reads_the_answer_and_ctrl_d_ends_the_input() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the tool a terminal");

        try (ToolProcess tool = ToolProcess.startAtTerminal(home.resolve("optout"), home,
                List.of("guide", "--headless"))) {
            tool.awaitOutput("Which country do you live in?", PATIENCE);
            tool.type("Germany" + ENTER);
            tool.awaitOutput("Which apps do you use?", PATIENCE);
            tool.type("1" + ENTER);
            tool.awaitOutput("Type the numbers of any you want to leave out", PATIENCE);
            tool.type(ENTER);
            tool.awaitOutput("Your email address for Meta's replies", PATIENCE);
            tool.type(CTRL_D);

            assertThat(tool.awaitExit(PATIENCE)).as(tool.out()).isEqualTo(ExitCodes.INVALID_PACK_OR_INPUT);
            assertThat(tool.out()).contains("[required]: Germany")
                    .contains("Where you live, the GDPR (Art. 21) gives you a right to object")
                    .contains("[x] 1. Object to Meta using your Facebook information for AI (facebook-objection)")
                    .contains("optout: email is required: pass --set email=VALUE or type it when asked")
                    .doesNotContain("Left out:");
        }
    }
}
