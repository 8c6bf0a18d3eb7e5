package dev.optout.cli;

import dev.optout.pack.ValidationCache;
import dev.optout.report.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ValidationCache} of the running optout, kept in its data folder, owner-only like everything there: a
 * line naming the optout that checked the files ({@link EngineIdentity}), then the key of each set of files that
 * passed, the newest last. A file another optout wrote, or one that cannot be read, counts as empty; one that cannot
 * be written costs the next start its checks, nothing else.
 */
final class ValidationCacheFile implements ValidationCache {

    /** A few sets: the bundled packs alone, with the person's own as they change, and files checked by path. */
    static final int MAX_KEYS = 32;

    private static final String ENGINE = "engine ";

    private final Path dataFolder;
    private final Path file;
    private final String engine;
    private List<String> keys;

    /** @param engine names the optout whose checks the keys stand for */
    ValidationCacheFile(Path dataFolder, String engine) {
        this.dataFolder = dataFolder;
        this.file = dataFolder.resolve("cache").resolve("validated-packs");
        this.engine = engine;
    }

    /** The cache in a data folder, for the optout that is running; none when it does not run from a jar. */
    static ValidationCache forThisOptout(Path dataFolder) {
        return EngineIdentity.ofRunningJar().<ValidationCache>map(engine -> new ValidationCacheFile(dataFolder,
                engine)).orElse(ValidationCache.NONE);
    }

    Path file() {
        return file;
    }

    @Override
    public synchronized boolean knows(String key) {
        return keys().contains(key);
    }

    @Override
    public synchronized void remember(String key) {
        List<String> kept = new ArrayList<>(keys());
        kept.remove(key);
        kept.add(key);
        while (kept.size() > MAX_KEYS) {
            kept.remove(0);
        }
        keys = kept;
        StringBuilder text = new StringBuilder(ENGINE).append(engine).append('\n');
        kept.forEach(k -> text.append(k).append('\n'));
        try {
            if (!Files.isDirectory(dataFolder)) {
                PrivateFiles.createFolder(dataFolder);
            }
            PrivateFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            // Not recorded: the next start checks these files again.
        }
    }

    private List<String> keys() {
        if (keys == null) {
            keys = read();
        }
        return keys;
    }

    private List<String> read() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(ENGINE + engine)) {
                return List.of();
            }
            return List.copyOf(lines.subList(1, lines.size()));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
