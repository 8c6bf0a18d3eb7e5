package dev.optout.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The packs optout knows: those bundled in the jar under {@code /selectors/} (listed in {@code packs.txt}), and those
 * in a user folder, which replace a bundled pack with the same id. A broken pack in the user folder is an error,
 * never silently skipped: the person may have meant it to replace a bundled one.
 */
public final class PackRepository {

    public static final String BUNDLED_FOLDER = "/selectors/";
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "packs.txt";

    private final PackLoader loader;
    private final Optional<Path> userFolder;
    private Map<String, Pack> packs;

    /** @param userFolder a folder of {@code *.yaml} packs; it need not exist */
    public PackRepository(PackLoader loader, Optional<Path> userFolder) {
        this.loader = loader;
        this.userFolder = userFolder;
    }

    public static PackRepository bundledOnly() {
        return new PackRepository(new PackLoader(), Optional.empty());
    }

    /** Every pack, sorted by id; user packs in place of bundled ones with the same id. */
    public synchronized List<Pack> all() {
        return List.copyOf(packs().values());
    }

    public synchronized Optional<Pack> byId(String id) {
        return Optional.ofNullable(packs().get(id));
    }

    /** The ids of all packs, sorted. */
    public synchronized List<String> ids() {
        return List.copyOf(packs().keySet());
    }

    /**
     * A pack named by a path to a {@code .yaml} file, or by its id.
     *
     * @throws UnknownPackException when the file does not exist or no pack has the id; lists the known ids
     */
    public Pack resolve(String idOrPath) {
        if (looksLikePath(idOrPath)) {
            Path file = Path.of(idOrPath);
            if (!Files.isRegularFile(file)) {
                throw new UnknownPackException("no pack file at " + file.toAbsolutePath());
            }
            return loader.load(file);
        }
        return byId(idOrPath).orElseThrow(() -> new UnknownPackException("no pack with id '" + idOrPath
                + "' (known: " + String.join(", ", ids()) + userFolder.map(f -> "; user packs are read from " + f)
                .orElse("") + ")"));
    }

    private static boolean looksLikePath(String idOrPath) {
        return idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml") || idOrPath.contains("/")
                || idOrPath.contains("\\");
    }

    private Map<String, Pack> packs() {
        if (packs == null) {
            Map<String, Pack> byId = new LinkedHashMap<>();
            List<PackError> errors = new ArrayList<>();
            addAll(byId, bundled(), errors, false);
            addAll(byId, user(errors), errors, true);
            if (!errors.isEmpty()) {
                throw new InvalidPackException(errors);
            }
            Map<String, Pack> sorted = new LinkedHashMap<>();
            byId.values().stream().sorted(Comparator.comparing(Pack::id)).forEach(p -> sorted.put(p.id(), p));
            packs = sorted;
        }
        return packs;
    }

    private static void addAll(Map<String, Pack> byId, List<Pack> found, List<PackError> errors, boolean overrides) {
        Map<String, Pack> ofThisKind = new LinkedHashMap<>();
        for (Pack pack : found) {
            Pack other = ofThisKind.putIfAbsent(pack.id(), pack);
            if (other != null) {
                errors.add(new PackError(pack.source(), 0, 0, OptionalInt.empty(), "the id '" + pack.id()
                        + "' is also used by " + other.source() + "; each pack needs its own id"));
            }
        }
        if (overrides) {
            byId.putAll(ofThisKind);
        } else {
            ofThisKind.forEach(byId::putIfAbsent);
        }
    }

    private List<Pack> bundled() {
        List<Pack> found = new ArrayList<>();
        for (String name : bundledNames()) {
            found.add(loader.load("selectors/" + name, resource(BUNDLED_FOLDER + name)));
        }
        return found;
    }

    /** The file names listed in the bundled index. */
    public static List<String> bundledNames() {
        return resource(BUNDLED_INDEX).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private List<Pack> user(List<PackError> errors) {
        if (userFolder.isEmpty() || !Files.isDirectory(userFolder.get())) {
            return List.of();
        }
        List<Pack> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(userFolder.get())) {
            for (Path file : files.filter(PackRepository::isPackFile).sorted().toList()) {
                try {
                    found.add(loader.load(file));
                } catch (InvalidPackException e) {
                    errors.addAll(e.errors());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pack folder " + userFolder.get(), e);
        }
        return found;
    }

    private static boolean isPackFile(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static String resource(String name) {
        try (InputStream in = PackRepository.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled resource " + name, e);
        }
    }
}
