package dev.optout.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The packs and libraries optout knows: those bundled in the jar under {@code /selectors/} (listed in
 * {@code packs.txt}) and {@code /selectors/lib/} (listed in {@code libraries.txt}), and those in a user folder and its
 * {@code lib/} subfolder, which replace a bundled pack with the same id or a bundled library with the same name. A
 * broken file in the user folder is an error, never silently skipped: the person may have meant it to replace a
 * bundled one. Packs resolve their {@code uses} and {@code include} here, the person's files winning.
 *
 * <p>With a {@link ValidationCache}, files that passed every check before, unchanged, skip the
 * {@linkplain ContentChecks content checks}: the bundled files are known by the optout that holds them, the person's by
 * their {@link ContentDigest}, and a file named by its path by its own digest and those of the files it may use.
 */
public final class PackRepository implements PackResolver {

    public static final String BUNDLED_FOLDER = "/selectors/";
    public static final String BUNDLED_INDEX = BUNDLED_FOLDER + "packs.txt";
    public static final String LIBRARY_FOLDER = "lib";
    public static final String BUNDLED_LIBRARY_FOLDER = BUNDLED_FOLDER + LIBRARY_FOLDER + "/";
    public static final String BUNDLED_LIBRARY_INDEX = BUNDLED_LIBRARY_FOLDER + "libraries.txt";

    /** The key of a set of files that are all bundled: the cache binds it to the optout, which holds them. */
    static final String BUNDLED_KEY = "bundled";

    private final PackLoader loader;
    private final Optional<Path> userFolder;
    private final Optional<FixFolder> fixes;
    private final Map<String, FixedPack> fixed = new java.util.TreeMap<>();
    private final ValidationCache cache;
    private final Map<String, Object> loaded = new HashMap<>();
    private final List<SourceFile> loading = new ArrayList<>();
    private Index index;
    private String setKey;
    private ContentChecks checks;
    private Map<String, Pack> packs;

    /** @param userFolder a folder of {@code *.yaml} packs, with libraries in its {@code lib/}; it need not exist */
    public PackRepository(PackLoader loader, Optional<Path> userFolder) {
        this(loader, userFolder, ValidationCache.NONE);
    }

    /** @param cache the sets of files that passed every check before, and where this one is recorded when it does */
    public PackRepository(PackLoader loader, Optional<Path> userFolder, ValidationCache cache) {
        this.loader = loader;
        this.userFolder = userFolder;
        this.fixes = userFolder.map(FixFolder::new);
        this.cache = cache;
    }

    public static PackRepository bundledOnly() {
        return new PackRepository(new PackLoader(), Optional.empty());
    }

    /** Every pack, sorted by id; user packs in place of bundled ones with the same id. Validates every library too. */
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

    /** Every library, sorted by name; user libraries in place of bundled ones with the same name. */
    public synchronized List<Library> libraries() {
        Set<PackError> errors = new LinkedHashSet<>(index().errors());
        index().libraryFiles().forEach(file -> collect(() -> loadLibrary(file), errors));
        throwIfAny(errors);
        return index().libraryWinners().values().stream().map(this::loadLibrary).toList();
    }

    /** The person's packs and libraries that replace a bundled one, packs first, each sorted by id or name. */
    public synchronized List<Replacement> replacements() {
        List<Replacement> replacements = new ArrayList<>();
        index().packReplacements().forEach((id, file) -> replacements.add(new Replacement("pack", id, file)));
        index().libraryReplacements().forEach((name, file) -> replacements.add(new Replacement("library", name,
                file)));
        return replacements;
    }

    /**
     * A pack named by a path to a {@code .yaml} file, or by its id. A file's {@code uses} and {@code include} are
     * resolved against this repository's libraries and packs.
     *
     * @throws UnknownPackException when the file does not exist or no pack has the id; lists the known ids
     */
    public Pack resolve(String idOrPath) {
        if (looksLikePath(idOrPath)) {
            Path file = Path.of(idOrPath);
            if (!Files.isRegularFile(file)) {
                throw new UnknownPackException("no pack file at " + file.toAbsolutePath());
            }
            PackFile packFile = new PackFile(file.toString(), PackLoader.read(file));
            return withFixes(outside(packFile, fileChecks -> loader.load(packFile, this, fileChecks)));
        }
        return byId(idOrPath).orElseThrow(() -> new UnknownPackException("no pack with id '" + idOrPath + "'"
                + DidYouMean.closest(idOrPath, ids()).map(close -> "; did you mean '" + close + "'?").orElse("")
                + " (known: " + String.join(", ", ids()) + userFolder.map(f -> "; user packs are read from " + f)
                .orElse("") + ")"));
    }

    /**
     * Validates one file, a pack or a library (a file with a {@code library} key and no {@code id}), resolving what
     * it refers to against this repository.
     *
     * @return the pack's id, or {@code library <name>}
     * @throws InvalidPackException with every error of the file and of the files it depends on
     */
    public String validate(Path file) {
        PackFile packFile = new PackFile(file.toString(), PackLoader.read(file));
        JsonNode root = packFile.peek();
        if (root.has("library") && !root.has("id")) {
            return "library " + outside(packFile, fileChecks -> loader.loadLibrary(packFile, fileChecks)).name();
        }
        return outside(packFile, fileChecks -> loader.load(packFile, this, fileChecks)).id();
    }

    /**
     * Loads a file named by its path, skipping its content checks when it passed them before together with the files
     * it may use from here; the files it does use are loaded as this repository's own.
     */
    private synchronized <T> T outside(PackFile file, Function<ContentChecks, T> load) {
        String key = setKey() + "+" + ContentDigest.of(List.of(file));
        boolean known = cache.knows(key);
        T loaded = load.apply(known ? ContentChecks.SKIP : ContentChecks.RUN);
        if (!known) {
            cache.remember(key);
        }
        return loaded;
    }

    /**
     * The targets without a fallback ({@code validate --strict}) in every pack and library that counts: the person's
     * own in place of the bundled ones. Each is reported against the file that defines it, once.
     */
    public synchronized List<PackError> targetsWithoutFallback() {
        List<PackError> findings = new ArrayList<>();
        Stream.concat(index().packWinners().values().stream(), index().libraryWinners().values().stream())
                .forEach(file -> findings.addAll(FallbackCheck.check(file.file())));
        return findings;
    }

    /** The targets without a fallback that one pack or library file defines itself. */
    public List<PackError> targetsWithoutFallback(Path file) {
        return FallbackCheck.check(file.toString(), PackLoader.read(file));
    }

    @Override
    public synchronized Optional<Library> library(String name) {
        return Optional.ofNullable(index().libraryWinners().get(name)).map(this::loadLibrary);
    }

    @Override
    public synchronized List<String> libraryNames() {
        return List.copyOf(index().libraryWinners().keySet());
    }

    @Override
    public synchronized Optional<Pack> include(String id) {
        SourceFile file = index().packWinners().get(id);
        if (file == null) {
            return Optional.empty();
        }
        int at = loading.indexOf(file);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(loading.subList(at, loading.size()).stream().map(SourceFile::key)
                    .toList());
            cycle.add(id);
            throw new IncludeCycleException(cycle);
        }
        return Optional.of(loadPack(file));
    }

    @Override
    public synchronized List<String> includableIds() {
        return List.copyOf(index().packWinners().keySet());
    }

    private static boolean looksLikePath(String idOrPath) {
        return idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml") || idOrPath.contains("/")
                || idOrPath.contains("\\");
    }

    private Map<String, Pack> packs() {
        if (packs == null) {
            Set<PackError> errors = new LinkedHashSet<>(index().errors());
            index().libraryFiles().forEach(file -> collect(() -> loadLibrary(file), errors));
            index().packFiles().forEach(file -> collect(() -> loadPack(file), errors));
            throwIfAny(errors);
            Map<String, Pack> sorted = new LinkedHashMap<>();
            index().packWinners().forEach((id, file) -> collect(() -> sorted.put(id, withFixes(loadPack(file))),
                    errors));
            throwIfAny(errors);
            packs = sorted;
            if (checks().run()) {
                cache.remember(setKey());
            }
        }
        return packs;
    }

    /** The pack with the person's fixes for it applied, remembered for {@link #fixesInUse()}. */
    private Pack withFixes(Pack pack) {
        if (fixes.isEmpty()) {
            return pack;
        }
        FixedPack result = FixedPack.apply(pack, fixes.get().of(pack), fixes.get().fileFor(pack.id()));
        if (!result.applied().isEmpty() || !result.warnings().isEmpty()) {
            fixed.put(pack.id(), result);
        }
        return result.pack();
    }

    /**
     * The person's fixes that the packs loaded so far use, and those not applied: a command that runs packs says so
     * before it starts, since fixes decide what is typed into and clicked.
     */
    public synchronized List<FixedPack> fixesInUse() {
        packs();
        return List.copyOf(fixed.values());
    }

    /** Skipped when every file here, unchanged, passed every check before. */
    private ContentChecks checks() {
        if (checks == null) {
            checks = cache.knows(setKey()) ? ContentChecks.SKIP : ContentChecks.RUN;
        }
        return checks;
    }

    /** What the cache knows this set of files by: the bundled ones by the optout, the person's by their digest. */
    private String setKey() {
        if (setKey == null) {
            List<PackFile> own = Stream.concat(index().packFiles().stream(), index().libraryFiles().stream())
                    .filter(file -> !file.bundled()).map(SourceFile::file).toList();
            setKey = own.isEmpty() ? BUNDLED_KEY : BUNDLED_KEY + "+" + ContentDigest.of(own);
        }
        return setKey;
    }

    private static void collect(Runnable load, Set<PackError> errors) {
        try {
            load.run();
        } catch (InvalidPackException e) {
            errors.addAll(e.errors());
        }
    }

    private static void throwIfAny(Set<PackError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidPackException(List.copyOf(errors));
        }
    }

    /** Each file is loaded once; a pack is pushed on {@link #loading} while its includes load, to find cycles. */
    private Pack loadPack(SourceFile file) {
        Object result = loaded.get(file.source());
        if (result == null) {
            loading.add(file);
            try {
                result = loader.load(file.file(), this, checks());
            } catch (InvalidPackException e) {
                result = e;
            } finally {
                loading.remove(loading.size() - 1);
            }
            loaded.put(file.source(), result);
        }
        return (Pack) valueOf(result);
    }

    private Library loadLibrary(SourceFile file) {
        Object result = loaded.computeIfAbsent(file.source(), source -> {
            try {
                return loader.loadLibrary(file.file(), checks());
            } catch (InvalidPackException e) {
                return e;
            }
        });
        return (Library) valueOf(result);
    }

    private static Object valueOf(Object result) {
        if (result instanceof InvalidPackException e) {
            throw new InvalidPackException(e.errors());
        }
        return result;
    }

    // ---- finding the files ----

    /** A pack or library file with its id or name ({@code key}), or an empty key when the file does not say. */
    private record SourceFile(PackFile file, String key, boolean bundled) {

        String source() {
            return file.source();
        }
    }

    /**
     * Every file, and per id or name the one that counts: the user's over the bundled one; the replacements map the
     * ids and names a user file took over to that file.
     */
    private record Index(List<SourceFile> packFiles, Map<String, SourceFile> packWinners,
            List<SourceFile> libraryFiles, Map<String, SourceFile> libraryWinners, List<PackError> errors,
            Map<String, String> packReplacements, Map<String, String> libraryReplacements) {
    }

    private Index index() {
        if (index == null) {
            List<PackError> errors = new ArrayList<>();
            List<SourceFile> bundledPacks = bundled(bundledNames(), BUNDLED_FOLDER, "id");
            List<SourceFile> userPacks = user(userFolder, "id");
            List<SourceFile> bundledLibraries = bundled(bundledLibraryNames(), BUNDLED_LIBRARY_FOLDER, "library");
            List<SourceFile> userLibraries = user(userFolder.map(f -> f.resolve(LIBRARY_FOLDER)), "library");
            Map<String, SourceFile> packWinners = winners(bundledPacks, userPacks, "the id", "pack", errors);
            Map<String, SourceFile> libraryWinners = winners(bundledLibraries, userLibraries, "the library name",
                    "library", errors);
            index = new Index(concat(bundledPacks, userPacks), packWinners, concat(bundledLibraries, userLibraries),
                    libraryWinners, errors, replaced(bundledPacks, packWinners),
                    replaced(bundledLibraries, libraryWinners));
        }
        return index;
    }

    private static Map<String, String> replaced(List<SourceFile> bundled, Map<String, SourceFile> winners) {
        Map<String, String> replaced = new TreeMap<>();
        bundled.stream().map(SourceFile::key).filter(key -> !key.isEmpty()).forEach(key -> {
            SourceFile winner = winners.get(key);
            if (winner != null && !bundled.contains(winner)) {
                replaced.put(key, winner.source());
            }
        });
        return replaced;
    }

    private static List<SourceFile> concat(List<SourceFile> a, List<SourceFile> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Sorted by key; within each kind a key used twice is an error, and a user file replaces a bundled one. */
    private static Map<String, SourceFile> winners(List<SourceFile> bundled, List<SourceFile> user, String what,
            String kind, List<PackError> errors) {
        Map<String, SourceFile> byKey = new TreeMap<>(ofOneKind(bundled, what, kind, errors));
        byKey.putAll(ofOneKind(user, what, kind, errors));
        return byKey;
    }

    private static Map<String, SourceFile> ofOneKind(List<SourceFile> files, String what, String kind,
            List<PackError> errors) {
        Map<String, SourceFile> byKey = new LinkedHashMap<>();
        for (SourceFile file : files.stream().filter(f -> !f.key().isEmpty()).toList()) {
            SourceFile other = byKey.putIfAbsent(file.key(), file);
            if (other != null) {
                errors.add(new PackError(file.source(), 0, 0, OptionalInt.empty(), what + " '" + file.key()
                        + "' is also used by " + other.source() + "; each " + kind + " needs its own"
                        + (kind.equals("pack") ? " id" : " name")));
            }
        }
        return byKey;
    }

    private static List<SourceFile> bundled(List<String> names, String folder, String keyName) {
        return names.stream().map(name -> sourceFile("selectors/" + folder.substring(BUNDLED_FOLDER.length()) + name,
                resource(folder + name), keyName, true)).toList();
    }

    private static SourceFile sourceFile(String source, String text, String keyName, boolean bundled) {
        PackFile file = new PackFile(source, text);
        JsonNode key = file.peek().path(keyName);
        return new SourceFile(file, key.isTextual() ? key.asText() : "", bundled);
    }

    /** The file names listed in the bundled pack index. */
    public static List<String> bundledNames() {
        return indexLines(BUNDLED_INDEX);
    }

    /** The file names listed in the bundled library index. */
    public static List<String> bundledLibraryNames() {
        return indexLines(BUNDLED_LIBRARY_INDEX);
    }

    private static List<String> indexLines(String index) {
        return resource(index).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static List<SourceFile> user(Optional<Path> folder, String keyName) {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(PackRepository::isPackFile).sorted()
                    .map(file -> sourceFile(file.toString(), PackLoader.read(file), keyName, false)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the pack folder " + folder.get(), e);
        }
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
