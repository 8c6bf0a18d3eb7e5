package dev.optout.cli;

import dev.optout.browser.BrowserUnavailableException;
import dev.optout.pack.InvalidPackException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code. Stack traces only with --stacktrace, and
 * only for internal errors: everything else is a sentence the person can act on.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

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
        PrintWriter err = e.getCommandLine().getErr();
        err.println("optout: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                + " --help')");
        err.flush();
        return ExitCodes.USAGE;
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
