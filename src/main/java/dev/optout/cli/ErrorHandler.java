package dev.optout.cli;

import dev.optout.browser.BrowserUnavailableException;
import dev.optout.pack.DidYouMean;
import dev.optout.pack.InvalidPackException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error and an exit code. Stack traces only with --stacktrace, and
 * only for internal errors: everything else is a sentence the person can act on, with the closest command or option
 * when they mistyped one.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    private static final Pattern KEY_VALUE = Pattern.compile(
            "Value for option (?:option )?'([^']+)' \\(([^)]*)\\) should be in KEY=VALUE format but was (.*)");

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int code;
        if (e instanceof UserError user) {
            err.println("optout: " + user.getMessage());
            code = user.exitCode();
        } else if (e instanceof InvalidPackException invalid) {
            invalid.errors().forEach(error -> err.println("optout: " + error));
            code = ExitCodes.INVALID_PACK_OR_INPUT;
        } else if (e instanceof BrowserUnavailableException browser) {
            err.println("optout: " + browser.getMessage());
            code = ExitCodes.BROWSER_UNAVAILABLE;
        } else {
            err.println("optout: internal error: " + e + " (rerun with --stacktrace for details, and please report it)");
            if (wantsStacktrace(parsed)) {
                e.printStackTrace(err);
            }
            code = ExitCodes.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        String sentence = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched, name)
                : reworded(e.getMessage());
        err.println("optout: " + sentence + " (see '" + name + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** An unknown command or option, with the closest known one when one is close. */
    private static String unmatched(UnmatchedArgumentException e, String command) {
        String typed = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (typed.startsWith("-")) {
            String option = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            List<String> names = new ArrayList<>();
            spec.options().forEach(o -> names.addAll(List.of(o.names())));
            return "unknown option '" + option + "' for '" + command + "'" + suggestion(option, names, e);
        }
        if (!spec.subcommands().isEmpty()) {
            return "'" + typed + "' is not an optout command" + suggestion(typed,
                    new ArrayList<>(spec.subcommands().keySet()), e);
        }
        return "unexpected argument '" + typed + "' for '" + command + "'";
    }

    private static String suggestion(String typed, List<String> known, UnmatchedArgumentException e) {
        Optional<String> close = DidYouMean.closest(typed, known)
                .or(() -> e.getSuggestions().stream().filter(known::contains).findFirst());
        return close.map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** picocli's sentences, without its doubled "option option" and with what a NAME=VALUE needs. */
    static String reworded(String message) {
        Matcher keyValue = KEY_VALUE.matcher(message);
        if (keyValue.matches()) {
            return keyValue.group(1) + " takes " + keyValue.group(2) + ", e.g. " + keyValue.group(1)
                    + " country=DE; '" + keyValue.group(3) + "' has no '='";
        }
        return message.replace("option option", "option");
    }

    private static boolean wantsStacktrace(ParseResult parsed) {
        ParseResult top = parsed;
        while (top != null) {
            if (top.hasMatchedOption("--stacktrace")) {
                return true;
            }
            top = top.subcommand();
        }
        return false;
    }
}
