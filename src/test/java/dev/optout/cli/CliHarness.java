package dev.optout.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs the real command tree in-process with given standard input, capturing what it prints. By default there is no
 * terminal and no display (what a script sees); files the command would open are only remembered.
 */
final class CliHarness {

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private final Path home;
    private final Terminal terminal;
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    CliHarness(Path home) {
        this(home, Terminal.PIPED);
    }

    private CliHarness(Path home, Terminal terminal) {
        this.home = home;
        this.terminal = terminal;
    }

    /** The same harness as seen from another terminal (a display, a person at it, colours). */
    CliHarness on(Terminal other) {
        return new CliHarness(home, other);
    }

    /** What the commands opened for the person (the HTML reports), in order. */
    List<Path> opened() {
        return List.copyOf(opened);
    }

    Result withInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        return execute(new BufferedReader(new StringReader(stdin)), new PrintWriter(out, true), out::toString, args);
    }

    /** Standard input and output are the ends of a script that answers each question after it has seen it. */
    Result answering(AnswersAfterQuestions script, String... args) {
        return execute(script.in(), script.out(), script::printed, args);
    }

    private Result execute(BufferedReader in, PrintWriter out, Supplier<String> printed, String... args) {
        Console console = new Console(in, new UserFolders(home.resolve("data"), home.resolve("config")),
                Clock.systemUTC(), terminal, opened::add);
        // As Main builds it: the tree these arguments need.
        CommandLine cli = OptoutCommand.forArguments(console, args);
        StringWriter err = new StringWriter();
        cli.setOut(out);
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        out.flush();
        return new Result(code, printed.get(), err.toString());
    }

    Result run(String... args) {
        return withInput("", args);
    }
}
