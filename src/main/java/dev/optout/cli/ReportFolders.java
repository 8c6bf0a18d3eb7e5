package dev.optout.cli;

import dev.optout.report.PrivateFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Report folders made and proven writable before any browser starts: a report that cannot be written would otherwise
 * be noticed only after the form was filled, or sent.
 */
final class ReportFolders {

    private ReportFolders() {
    }

    static void requireWritable(Path folder, UserFolders folders) {
        try {
            if (folder.toAbsolutePath().startsWith(folders.data().toAbsolutePath())) {
                // The tool's own folders, which an older version left readable to others; a demo's stay apart.
                PrivateFiles.createFolder(folders.data());
                for (Path own : java.util.List.of(folders.runs(), folders.demoRuns())) {
                    if (folder.toAbsolutePath().startsWith(own.toAbsolutePath())) {
                        PrivateFiles.createFolder(own);
                    }
                }
            }
            PrivateFiles.requireWritable(folder);
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot write the report into " + folder + " (" + why(e) + "); "
                    + "choose a folder you can write to with --report DIR");
        }
    }

    /** What stopped a write, in words: the file system's reason and where it met it. */
    private static String why(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        if (e instanceof FileSystemException failed) {
            return Optional.ofNullable(failed.getReason()).orElse("cannot write") + ": " + failed.getFile();
        }
        return String.valueOf(e.getMessage());
    }
}
