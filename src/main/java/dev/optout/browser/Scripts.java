package dev.optout.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Browser-side JavaScript, kept as resource files beside this class and read once. */
final class Scripts {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Scripts() {
    }

    static String named(String fileName) {
        return CACHE.computeIfAbsent(fileName, Scripts::read);
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
