package dev.optout.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Browser-side JavaScript, kept as resource files beside this class and read once. */
final class Scripts {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    /**
     * The functions some scripts share, written once: a script runs in the page as one function body, so its
     * libraries are put before it.
     */
    private static final Map<String, List<String>> LIBRARIES = Map.of(
            "locate.js", List.of("names.js", "locators.js"),
            "describe-field.js", List.of("names.js", "field-state.js"),
            "look.js", List.of("names.js", "locators.js", "field-state.js"),
            "elements.js", List.of("names.js"),
            "signals.js", List.of("names.js", "locators.js"),
            "required-fields.js", List.of("names.js", "locators.js"),
            "prompts.js", List.of("names.js", "locators.js"));

    private Scripts() {
    }

    /** The script ready to run: its libraries, then the script itself. */
    static String named(String fileName) {
        return CACHE.computeIfAbsent(fileName, name -> {
            StringBuilder script = new StringBuilder();
            for (String library : LIBRARIES.getOrDefault(name, List.of())) {
                script.append(read(library)).append('\n');
            }
            return script.append(read(name)).toString();
        });
    }

    private static String read(String fileName) {
        try (InputStream in = Scripts.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing browser script " + fileName + " in the optout jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
