package dev.optout.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds programs on the PATH (and in a few well-known places), the way a shell would. */
public final class ExecutableLookup {

    private final List<Path> searchPath;

    public ExecutableLookup(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    public static ExecutableLookup fromEnvironment() {
        String path = System.getenv().getOrDefault("PATH", "");
        return new ExecutableLookup(java.util.Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .toList());
    }

    /** The first of {@code names} found on the path, or at one of the absolute {@code extraPlaces}. */
    public Optional<Path> find(List<String> names, List<Path> extraPlaces) {
        for (Path dir : searchPath) {
            for (String name : names) {
                for (String candidate : variants(name)) {
                    Path file = dir.resolve(candidate);
                    if (isExecutable(file)) {
                        return Optional.of(file);
                    }
                }
            }
        }
        return extraPlaces.stream().filter(ExecutableLookup::isExecutable).findFirst();
    }

    static boolean isExecutable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    private static List<String> variants(String name) {
        return File.separatorChar == '\\' ? List.of(name + ".exe", name) : List.of(name);
    }
}
