package dev.optout.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;

/** Runs the real command tree in-process with given standard input, capturing what it prints. */
final class CliHarness {

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path home;

    CliHarness(Path home) {
        this.home = home;
    }

    Result withInput(String stdin, String... args) {
        Console console = new Console(new BufferedReader(new StringReader(stdin)),
                new UserFolders(home.resolve("data"), home.resolve("config")), Clock.systemUTC(), false);
        CommandLine cli = OptoutCommand.create(console);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    Result run(String... args) {
        return withInput("", args);
    }
}
