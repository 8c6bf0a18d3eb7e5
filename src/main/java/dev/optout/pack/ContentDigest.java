package dev.optout.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of pack and library files, each by its name and text: what a {@link ValidationCache} knows the person's
 * own files by. Cryptographic on purpose: a pack someone hands the person must not be able to pass for one that
 * was checked before. Each part is prefixed by its length, so no two lists of files give the same bytes.
 */
final class ContentDigest {

    private ContentDigest() {
    }

    /** The hex digest of the files, in the order given. */
    static String of(List<PackFile> files) {
        MessageDigest sha = sha256();
        for (PackFile file : files) {
            add(sha, file.source());
            add(sha, file.text());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
        }
    }
}
