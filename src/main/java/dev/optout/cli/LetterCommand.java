package dev.optout.cli;

import dev.optout.guide.RegionClass;
import dev.optout.guide.Routing;
import dev.optout.letter.Law;
import dev.optout.letter.ObjectionLetter;
import dev.optout.pack.Countries;
import dev.optout.pack.InputSpec;
import dev.optout.pack.InputType;
import dev.optout.pack.InputValidator;
import dev.optout.pack.InvalidInputException;
import dev.optout.pack.Languages;
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

/**
 * {@code optout letter}: a written objection for when the forms fail, under the law where the person lives: the GDPR
 * (Art. 21) to Meta Platforms Ireland's data protection officer, or from Brazil the LGPD (Art. 18 § 2) to the
 * encarregado of Facebook Serviços Online do Brasil.
 */
@Command(name = "letter", mixinStandardHelpOptions = true,
        description = "Write an objection letter to Meta for when the forms fail: GDPR Art. 21 to Meta Platforms "
                + "Ireland's data protection officer (en, de, fr), or, from Brazil, LGPD Art. 18 § 2 to Facebook "
                + "Serviços Online do Brasil (pt).")
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

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the letter: en, de or fr (GDPR), pt (LGPD, Brazil). Another language of the "
                    + "EU, the EEA or Switzerland gets the English GDPR letter, with a note. Default: en, or pt with "
                    + "--country BR.")
    String language;

    @Option(names = "--country", paramLabel = "XX",
            description = "Where you live (ISO code or name), which decides the law the letter cites: the GDPR in "
                    + "the EU/EEA, the UK and Switzerland, the LGPD in Brazil. Default: the law of --lang.")
    String country;

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
        Law law = law();
        String written = language != null ? language : law.languages().get(0);
        if (law == Law.GDPR && !law.languages().contains(written) && Languages.contains(written)) {
            // Meta Platforms Ireland reads English; a letter in a language optout has no text for is better sent.
            spec.commandLine().getErr().println("optout has no " + Languages.englishName(written) + " (" + written
                    + ") GDPR letter yet, so this one is in English, which Meta Platforms Ireland's data protection "
                    + "officer reads");
            written = "en";
        }
        if (!law.languages().contains(written)) {
            throw new UserError(ExitCodes.USAGE, "the " + law.article() + " letter is written in "
                    + String.join(", ", law.languages()) + ", not " + written);
        }
        String letter = ObjectionLetter.write(law, platform, written, checked(NAME, name), checked(EMAIL, email),
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
                + "or send it through the contact form of Meta's " + (law == Law.LGPD ? "encarregado (data "
                + "protection officer) for Brazil." : "data protection officer."));
        return ExitCodes.OK;
    }

    /** The law where the person lives, else the one whose letter is in the language asked for, else the GDPR. */
    private Law law() {
        if (country == null) {
            if (language == null) {
                return Law.GDPR;
            }
            return Law.writtenIn(language).or(() -> Optional.of(Law.GDPR).filter(gdpr -> Languages.contains(language)))
                    .orElseThrow(() -> new UserError(ExitCodes.USAGE, "--lang must be en, de, fr (GDPR), pt (LGPD, "
                            + "Brazil) or another of " + String.join(", ", Languages.ALL) + " (GDPR, written in "
                            + "English), not " + language));
        }
        String code = Countries.resolve(country).orElseThrow(() -> new UserError(ExitCodes.INVALID_PACK_OR_INPUT,
                "--country: " + Countries.unknown(country)));
        RegionClass region = Routing.classify(code);
        if (region == RegionClass.EUROPE) {
            return Law.GDPR;
        }
        if (region == RegionClass.BRAZIL) {
            return Law.LGPD;
        }
        throw new UserError(ExitCodes.USAGE, "no objection letter for " + code + ": a written objection rests on "
                + "the GDPR (the EU/EEA, the UK, Switzerland) or the LGPD (Brazil); 'optout guide --country " + code
                + "' says what applies where you live");
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
