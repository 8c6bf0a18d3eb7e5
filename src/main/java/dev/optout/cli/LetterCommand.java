package dev.optout.cli;

import dev.optout.letter.ObjectionLetter;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.report.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout letter}: a GDPR Art. 21 objection letter to Meta's data protection officer. */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Write a GDPR Art. 21 objection letter to Meta Platforms Ireland's data protection officer, "
                + "for when the forms fail.")
final class LetterCommand implements Callable<Integer> {

    private static final InputSpec NAME = new InputSpec("name", InputType.TEXT, false, true, "Your name", 200,
            Optional.empty(), Optional.empty(), List.of());
    private static final InputSpec EMAIL = new InputSpec("email", InputType.EMAIL, false, true, "Email address", 254,
            Optional.empty(), Optional.empty(), List.of());

    private final Console console;

    @Spec
    CommandSpec spec;

    @Option(names = "--platform", required = true, paramLabel = "APP", description = "facebook or instagram.")
    String platform;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the letter: en, de or fr (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--name", description = "Your name (default: a blank to fill in by hand).")
    String name;

    @Option(names = "--email", description = "Your account's email address (default: a blank to fill in).")
    String email;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the letter to FILE (readable by you only) "
            + "instead of printing it.")
    Path out;

    LetterCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!ObjectionLetter.PLATFORMS.contains(platform)) {
            throw new UserError(ExitCodes.USAGE, "--platform must be facebook or instagram, not " + platform);
        }
        if (!ObjectionLetter.LANGUAGES.contains(language)) {
            throw new UserError(ExitCodes.USAGE, "--lang must be en, de or fr, not " + language);
        }
        String letter = ObjectionLetter.write(platform, language, checked(NAME, name), checked(EMAIL, email),
                LocalDate.ofInstant(console.clock().instant(), console.clock().getZone()));
        if (out == null) {
            spec.commandLine().getOut().print(letter);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        if (Files.exists(out)) {
            throw new UserError(ExitCodes.USAGE, out + " already exists; choose another --out so nothing is "
                    + "overwritten");
        }
        PrivateFiles.write(out.toAbsolutePath(), letter.getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Letter written to " + out + ". Print it, sign it and send it by post, "
                + "or send it through Meta's data protection officer contact form.");
        return ExitCodes.OK;
    }

    private static Optional<String> checked(InputSpec spec, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InputValidator.validateOne(spec, value));
        } catch (InvalidInputException e) {
            throw new UserError(ExitCodes.INVALID_PACK_OR_INPUT, String.join("; ", e.problems()));
        }
    }
}
