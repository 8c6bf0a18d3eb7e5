package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a process of its own, as a shell runs it: its own standard input (piped, no terminal), its own
 * environment (no DISPLAY), the system's terminal and display detection. No browser starts in any of these.
 */
class PackagedCommandTest {

    @TempDir
    Path home;

    private record Run(int exitCode, String out, String err) {
    }

    private Run optout(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path in = Files.writeString(home.resolve("stdin.txt"), stdin);
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("NO_COLOR");
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().put("OPTOUT_HOME", home.resolve("optout-home").toString());
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("optout ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void without_a_display_run_says_what_to_do_before_asking_anything() throws Exception {
        Run run = optout("DE\n", "run", "facebook-objection");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(run.err()).contains("no display: log in once with `optout browser start` on a desktop, then use "
                + "`--attach`");
        assertThat(run.out()).doesNotContain("Country where you live");
    }

    @Test
    void piped_answers_are_asked_again_until_good_and_piped_output_has_no_colours() throws Exception {
        Run run = optout("Atlantis\nVereinigtes Königreich\n", "run", "facebook-objection", "--headless", "--driver",
                home.resolve("no-such-chromedriver").toString());

        assertThat(run.out()).contains("'Atlantis' is not a country optout knows").contains("Please try again.")
                .doesNotContain("\u001b[");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(run.err()).contains("chromedriver not found");
    }

    @Test
    void a_mistyped_command_is_one_line_with_the_closest_one() throws Exception {
        Run run = optout("", "histroy");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("optout: 'histroy' is not an optout command; did you mean "
                + "'history'? (see 'optout --help')");
    }
}
