package dev.optout.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The person's fix files, one per pack, in {@code fixes/} of their packs folder. They live apart from the packs, so
 * an upgrade of a bundled pack keeps them, and they hold only locators, so a fix can never add a step or an origin.
 */
public final class FixFolder {

    public static final String FOLDER = "fixes";

    private final Path folder;

    /** @param packsFolder the person's packs folder; the fixes live in its {@code fixes/} */
    public FixFolder(Path packsFolder) {
        this.folder = packsFolder.resolve(FOLDER);
    }

    public Path fileFor(String packId) {
        return folder.resolve(packId + ".yaml");
    }

    /**
     * The fixes for one pack, newest first, checked against it: its origins (an error, as in a pack) and its targets.
     *
     * @throws InvalidPackException when the file does not pass its schema or names an origin the pack does not have
     */
    public List<Fix> of(Pack pack) {
        Path file = fileFor(pack.id());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return FixFile.read(file.toString(), PackLoader.read(file), pack.id(), pack.origins());
    }

    /** Every fix file's fixes by pack id, sorted; each file judged by its schema only (its pack may be gone). */
    public Map<String, List<Fix>> all() {
        Map<String, List<Fix>> fixes = new TreeMap<>();
        for (Path file : files()) {
            String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            fixes.put(id, FixFile.read(file.toString(), PackLoader.read(file), id, List.of()));
        }
        return fixes;
    }

    /** Keeps a fix as the first of its pack's file, in place of an older one for the same target, kind and language. */
    public Path keep(Fix fix) {
        List<Fix> fixes = new ArrayList<>();
        fixes.add(fix);
        existing(fix.pack()).stream().filter(old -> !fix.replaces(old)).forEach(fixes::add);
        return write(fix.pack(), fixes);
    }

    /** Drops every fix of one target; whether there was any. */
    public boolean remove(String packId, String target) {
        List<Fix> before = existing(packId);
        List<Fix> after = before.stream().filter(f -> !f.target().equals(target)).toList();
        if (after.size() == before.size()) {
            return false;
        }
        if (after.isEmpty()) {
            try {
                Files.delete(fileFor(packId));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + fileFor(packId), e);
            }
        } else {
            write(packId, after);
        }
        return true;
    }

    /** The fixes of every file as a YAML patch a maintainer applies to the bundled packs: per pack, per target. */
    public String export() {
        ObjectNode root = new ObjectMapper().createObjectNode();
        all().forEach((pack, fixes) -> {
            ObjectNode targets = root.putObject(pack).putObject("prepend-to-targets");
            Map<String, List<Fix>> byTarget = new LinkedHashMap<>();
            fixes.forEach(fix -> byTarget.computeIfAbsent(fix.target(), t -> new ArrayList<>()).add(fix));
            byTarget.forEach((target, list) -> {
                ArrayNode locators = targets.putArray(target);
                list.forEach(fix -> locators.add(FixFile.patchLocator(fix)));
            });
        });
        return "# optout fix --export: your fixes as a patch for the bundled packs. For each pack and target, put\n"
                + "# these locators first in the target's list (the pack's own file or its library); the lang key\n"
                + "# says which page language each text was seen in.\n" + FixFile.yaml(root);
    }

    private List<Fix> existing(String packId) {
        Path file = fileFor(packId);
        return Files.isRegularFile(file) ? FixFile.read(file.toString(), PackLoader.read(file), packId, List.of())
                : List.of();
    }

    private Path write(String packId, List<Fix> fixes) {
        Path file = fileFor(packId);
        try {
            Files.createDirectories(folder);
            Files.writeString(file, FixFile.write(packId, fixes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fix file " + file, e);
        }
        return file;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".+\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the fix folder " + folder, e);
        }
    }
}
