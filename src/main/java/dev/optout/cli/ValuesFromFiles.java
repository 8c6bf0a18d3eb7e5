package dev.optout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --set-from-file NAME=PATH}: an input's value read from a file, so that a personal value never stands on
 * the command line, where every user of the machine can read it ({@code ps}, {@code /proc/PID/cmdline}).
 */
public final class ValuesFromFiles {

    /** Far more than any form field takes; a bound so that a device such as /dev/zero cannot be read forever. */
    static final int LARGEST = 64 * 1024;

    @Option(names = "--set-from-file", paramLabel = "NAME=PATH",
            description = "A value for one of the pack's inputs read from a file (one trailing line break is "
                    + "dropped), so it does not show in the process list, e.g. --set-from-file reason=reason.txt "
                    + "(repeatable).")
    Map<String, Path> files = new LinkedHashMap<>();

    /** {@code given} with each file's value added; a name given both ways, or a file that cannot be read, is refused. */
    Map<String, String> addTo(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        files.forEach((name, file) -> {
            if (values.containsKey(name)) {
                throw new UserError(ExitCodes.USAGE, "--set-from-file " + name + "=" + file + ": " + name
                        + " is given with --set too; give it once");
            }
            values.put(name, read(name, file));
        });
        return values;
    }

    /** The file's text, read once, as UTF-8, without one trailing line break. */
    static String read(String name, Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(LARGEST + 1);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "--set-from-file " + name + "=" + file + ": cannot read it ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        if (bytes.length > LARGEST) {
            throw new UserError(ExitCodes.USAGE, "--set-from-file " + name + "=" + file + ": larger than "
                    + LARGEST / 1024 + " KiB, which no form field takes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(ExitCodes.USAGE, "--set-from-file " + name + "=" + file + ": not UTF-8 text");
        }
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
