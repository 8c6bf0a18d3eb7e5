package dev.optout.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's or driver's version, read from {@code PROGRAM --version} within a few seconds. */
public final class ProgramVersion {

    private static final Pattern VERSION = Pattern.compile("(\\d+)(\\.\\d+)+");
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private ProgramVersion() {
    }

    /** The first line of {@code --version}'s output, e.g. "Chromium 156.0.8078.108 built on Debian…". */
    public static Optional<String> of(Path program) {
        Process process;
        try {
            process = new ProcessBuilder(program.toString(), "--version")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
            String first = text.lines().findFirst().orElse("");
            // ChromeDriver adds its source revision in parentheses: noise for the person.
            return first.isEmpty() ? Optional.empty() : Optional.of(first.replaceFirst(" \\([0-9a-f]{40}.*$", ""));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    /** The major version in a text such as "ChromeDriver 156.0.8078.108 (…)" or "156.0.1". */
    public static Optional<Integer> major(String text) {
        Matcher matcher = VERSION.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(OperatingSystem.current() == OperatingSystem.WINDOWS ? "NUL" : "/dev/null");
    }
}
