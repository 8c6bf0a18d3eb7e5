package dev.optout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command: {@code optout <subcommand>}. */
@Command(name = "optout",
        mixinStandardHelpOptions = true,
        versionProvider = OptoutCommand.Version.class,
        description = {
            "Helps you stop Meta from training its AI on your Facebook and Instagram data: opens your browser, "
                    + "fills Meta's objection forms from reviewable selector packs and sends nothing without your yes.",
            ""})
public final class OptoutCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the full stack trace of an internal error.")
    boolean stacktrace;

    /** Builds the whole command tree around one console, so tests can give their own input and folders. */
    public static CommandLine create(Console console) {
        CommandLine cli = new CommandLine(new OptoutCommand());
        cli.addSubcommand(new ListCommand(console));
        cli.addSubcommand(new PlanCommand(console));
        cli.addSubcommand(new ValidateCommand(console));
        cli.addSubcommand(new RunCommand(console));
        cli.addSubcommand(new GuideCommand(console));
        cli.addSubcommand(new LetterCommand(console));
        cli.addSubcommand(new DemoCommand(console));
        cli.addSubcommand(new ReplicaCommand());
        cli.addSubcommand(new CommandLine(new BrowserCommand()).addSubcommand(new BrowserStartCommand(console)));
        cli.addSubcommand(new DoctorCommand(console));
        cli.addSubcommand(new HistoryCommand(console));
        cli.addSubcommand(new CompletionCommand());
        cli.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.DESCRIPTIONS);
        ErrorHandler handler = new ErrorHandler();
        cli.setExecutionExceptionHandler(handler);
        cli.setParameterExceptionHandler(handler);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = OptoutCommand.class.getResourceAsStream("/dev/optout/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"optout " + properties.getProperty("version", "unknown") + " (pack format 1)"};
        }
    }
}
