package dev.optout.report;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Writes files and folders only their owner can read: every folder the tool creates is {@code 700}, every file
 * {@code 600}, whatever the umask. Reports hold masked personal data and screenshots of filled forms; browser profiles
 * hold session cookies; the send ledger says what a person sent.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates the folder and every missing folder above it as {@code 700}, and makes the folder itself {@code 700}
     * if it existed: a folder of the tool's own (a report, a profile, the data folder), which an older version may
     * have left readable. Folders created above it are {@code 700} too, as the XDG base directory rules ask, so that
     * no other user sees even which reports there are.
     */
    public static void createFolder(Path folder) throws IOException {
        createMissing(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    /** Creates the missing folders of {@code folder}'s path as {@code 700}; folders that exist keep their mode. */
    private static void createMissing(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path level = folder.toAbsolutePath(); level != null && !Files.isDirectory(level);
             level = level.getParent()) {
            missing.push(level);
        }
        for (Path level : missing) {
            if (POSIX) {
                Files.createDirectory(level, PosixFilePermissions.asFileAttribute(FOLDER));
                // The umask may have taken bits away; it cannot have added any, but say it exactly.
                Files.setPosixFilePermissions(level, FOLDER);
            } else {
                Files.createDirectory(level);
            }
        }
    }

    /** Creates the folder (see {@link #createFolder}) and proves a file can be written into it. */
    public static void requireWritable(Path folder) throws IOException {
        createFolder(folder);
        Path probe = Files.createTempFile(folder, ".optout-write-check", ".tmp", fileAttributes());
        Files.delete(probe);
    }

    /**
     * Writes a {@code 600} file through a temporary file and a rename, so a crash never leaves half a report behind.
     * Missing folders above it are created {@code 700}; an existing one (the person's own, for a letter) is left as
     * it is.
     */
    public static void write(Path file, byte[] content) throws IOException {
        createMissing(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp",
                fileAttributes());
        try {
            if (POSIX) {
                Files.setPosixFilePermissions(temporary, FILE);
            }
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] fileAttributes() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }
}
