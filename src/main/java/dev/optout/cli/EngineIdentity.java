package dev.optout.cli;

import dev.optout.pack.PackRepository;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the running optout for its {@link ValidationCacheFile}: the jar that holds the pack checks, the bundled packs
 * and their schemas, by the checksum of every entry its directory lists (the manifest among them, which names the
 * libraries' versions), with the Java it runs on. The directory is read, not the whole jar: hashing 700 kB at
 * start-up, before the JIT compiler has warmed up, would cost more than the cache saves. Run from a folder of
 * classes (tests, an IDE) there is no jar to name, and so no cache.
 */
final class EngineIdentity {

    private EngineIdentity() {
    }

    static Optional<String> ofRunningJar() {
        CodeSource code = PackRepository.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(code.getLocation().toURI());
            return Files.isRegularFile(jar) ? Optional.of(of(jar)) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** The jar's size and two checksums (of different polynomials) over each entry's name, CRC and size. */
    static String of(Path jar) throws IOException {
        Checksum crc32 = new CRC32();
        Checksum crc32c = new CRC32C();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
                byte[] numbers = ByteBuffer.allocate(20).putInt(name.length).putLong(entry.getCrc())
                        .putLong(entry.getSize()).array();
                for (Checksum checksum : new Checksum[] {crc32, crc32c}) {
                    checksum.update(numbers, 0, numbers.length);
                    checksum.update(name, 0, name.length);
                }
            }
        }
        return String.format("jar %d %08x%08x java %s", Files.size(jar), crc32.getValue(), crc32c.getValue(),
                System.getProperty("java.version"));
    }
}
