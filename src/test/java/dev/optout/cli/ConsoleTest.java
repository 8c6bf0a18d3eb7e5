package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard input as the console reads it: only when a question wants an answer, and the end of input learned from
 * the read that met it, then remembered, so nothing waits again (a terminal would, after Ctrl-D).
 */
class ConsoleTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private Console console(BufferedReader in) {
        return new Console(in, new UserFolders(home.resolve("data"), home.resolve("config")), Clock.systemUTC(),
                Terminal.PIPED, file -> { });
    }

    /** An input nobody must read: reading it fails the test. */
    private static BufferedReader unread() {
        return new BufferedReader(new InputStreamReader(new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("standard input was read before any question");
            }
        }, StandardCharsets.UTF_8));
    }

    @Test
    void whether_anyone_can_answer_is_known_without_reading_the_input() {
        Console console = console(unread());

        boolean canAnswer = assertTimeoutPreemptively(BOUND, () -> new ConsolePerson(console,
                new PrintWriter(PrintWriter.nullWriter())).canAnswer());

        assertThat(canAnswer).isTrue();
        assertThat(console.inputEnded()).isFalse();
    }

    @Test
    void the_read_that_meets_the_end_is_remembered_and_later_reads_return_at_once_without_reading_again() {
        // Ends once, then would wait as a terminal does after Ctrl-D: a second read fails the test.
        AnswersAfterQuestions endsOnce = new AnswersAfterQuestions().when("Your name: ", "Jane");
        PrintWriter out = endsOnce.out();
        Console console = console(endsOnce.in());
        ConsolePerson person = new ConsolePerson(console, out);

        assertTimeoutPreemptively(BOUND, () -> {
            assertThat(person.ask("Your name")).contains("Jane");
            assertThat(person.canAnswer()).isTrue();
            assertThat(person.ask("Your age")).isEmpty();
            assertThat(person.canAnswer()).isFalse();
            assertThat(person.confirm("Send it?")).isFalse();
            assertThat(console.readLine()).isEmpty();
        });
        out.flush();

        assertThat(endsOnce.printed()).contains("Your age: ").contains("Send it? [y/N] ")
                .contains("(no answer: taken as no)");
    }

    @Test
    void an_input_that_cannot_be_read_has_ended() {
        Console console = console(new BufferedReader(new InputStreamReader(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Bad file descriptor");
            }
        }, StandardCharsets.UTF_8)));

        assertThat(console.readLine()).isEmpty();
        assertThat(console.inputEnded()).isTrue();
    }

    @Test
    void after_the_end_of_input_the_next_required_question_is_printed_and_ends_the_asking_at_once() {
        AnswersAfterQuestions closed = new AnswersAfterQuestions();
        PrintWriter out = closed.out();
        Prompter prompter = new Prompter(console(closed.in()), out);

        Optional<String> skipped = assertTimeoutPreemptively(BOUND, () -> prompter.ask(Question.country()
                .optional("Enter skips")));
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> prompter.ask(Question.country())))
                .isInstanceOf(UserError.class).hasMessageContaining("country is required: pass --country XX");

        assertThat(skipped).isEmpty();
        assertThat(closed.printed()).containsSubsequence("Which country do you live in?", "[optional: Enter skips]: ",
                "Which country do you live in?", "[required]: ");
    }
}
