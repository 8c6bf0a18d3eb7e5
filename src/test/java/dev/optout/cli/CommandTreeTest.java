package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Main builds only the subcommand a command line names; help, typos and completion still see every command. */
class CommandTreeTest {

    @TempDir
    Path home;

    @Test
    void theNamesOfTheLazySubcommandsAreTheNamesTheirCommandsDeclare() {
        CommandLine whole = OptoutCommand.create(console());
        assertThat(whole.getSubcommands().keySet())
                .containsExactlyElementsOf(OptoutCommand.subcommands(console()).keySet());
    }

    @Test
    void aCommandLineThatNamesOneSubcommandBuildsThatOneAlone() {
        for (String name : OptoutCommand.subcommands(console()).keySet()) {
            if (name.equals("completion")) {
                continue;
            }
            CommandLine cli = OptoutCommand.forArguments(console(), new String[] {"--stacktrace", name, "--help"});
            assertThat(cli.getSubcommands().keySet()).as(name).containsExactly(name);
        }
        assertThat(OptoutCommand.forArguments(console(), new String[] {"browser", "start"}).getSubcommands()
                .get("browser").getSubcommands()).containsOnlyKeys("start");
    }

    @Test
    void helpVersionTyposArgumentFilesAndCompletionGetTheWholeTree() {
        int all = OptoutCommand.subcommands(console()).size();
        for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"rn", "facebook-objection"}, {"@args.txt"},
                {"completion", "bash"}}) {
            assertThat(OptoutCommand.forArguments(console(), args).getSubcommands()).as(String.join(" ", args))
                    .hasSize(all);
        }
    }

    @Test
    void aLazyTreeStillAnswersMistakesInOneLineWithTheUsageExitCode() {
        CliHarness cli = new CliHarness(home);
        CliHarness.Result typo = cli.run("rn", "facebook-objection");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("'rn' is not an optout command; did you mean 'run'?");
        CliHarness.Result option = cli.run("plan", "facebook-objection", "--colour");
        assertThat(option.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(option.err()).contains("unknown option '--colour' for 'optout plan'");
        CliHarness.Result help = cli.run("--help");
        assertThat(help.out()).contains("completion", "doctor", "Exit codes:");
    }

    private Console console() {
        return new Console(new BufferedReader(new StringReader("")),
                new UserFolders(home.resolve("data"), home.resolve("config")), Clock.systemUTC(), Terminal.PIPED,
                file -> { });
    }
}
