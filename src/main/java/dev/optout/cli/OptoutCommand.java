package dev.optout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
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

    /** The completion script lists every command. */
    private static final Set<String> NEEDS_WHOLE_TREE = Set.of("completion");

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the full stack trace of an internal error.")
    boolean stacktrace;

    /** Builds the whole command tree around one console, so tests can give their own input and folders. */
    public static CommandLine create(Console console) {
        return tree(subcommands(console).values());
    }

    /**
     * The command tree these arguments need: the top command with only the subcommand they name, when they name one
     * that works alone, else the whole tree. picocli reads every command's annotations as it adds it, which costs a
     * start of the tool more than a tenth of a second for all of them; a command line uses one.
     */
    public static CommandLine forArguments(Console console, String[] args) {
        Map<String, Supplier<Object>> subcommands = subcommands(console);
        Optional<String> named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst();
        if (named.isEmpty() || !subcommands.containsKey(named.get()) || NEEDS_WHOLE_TREE.contains(named.get())) {
            return create(console);
        }
        return tree(List.of(subcommands.get(named.get())));
    }

    /** Every subcommand by its name, in the order help lists them, made only when asked for. */
    static Map<String, Supplier<Object>> subcommands(Console console) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("list", () -> new ListCommand(console));
        all.put("plan", () -> new PlanCommand(console));
        all.put("validate", () -> new ValidateCommand(console));
        all.put("run", () -> new RunCommand(console));
        all.put("check", () -> new CheckCommand(console));
        all.put("fix", () -> new FixCommand(console));
        all.put("guide", () -> new GuideCommand(console));
        all.put("letter", () -> new LetterCommand(console));
        all.put("demo", () -> new DemoCommand(console));
        all.put("replica", ReplicaCommand::new);
        all.put("browser", () -> new CommandLine(new BrowserCommand())
                .addSubcommand(new BrowserStartCommand(console)));
        all.put("doctor", () -> new DoctorCommand(console));
        all.put("history", () -> new HistoryCommand(console));
        all.put("completion", CompletionCommand::new);
        return all;
    }

    /** The top command with these subcommands, added before the handlers, which picocli passes down to them. */
    private static CommandLine tree(Collection<Supplier<Object>> subcommands) {
        CommandLine cli = new CommandLine(new OptoutCommand());
        subcommands.forEach(subcommand -> cli.addSubcommand(subcommand.get()));
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
