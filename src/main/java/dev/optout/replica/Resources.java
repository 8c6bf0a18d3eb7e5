package dev.optout.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads the replica's bundled files from {@code src/main/resources/replica/}. */
final class Resources {
    private static final String ROOT = "replica/";

    private Resources() {
    }

    static Optional<String> text(String name) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replica resource " + name, e);
        }
    }

    static String require(String name) {
        return text(name).orElseThrow(() -> new IllegalStateException("replica resource missing: " + ROOT + name));
    }
}
