package dev.optout.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver is found in order: explicit path, PATH, then a download that may never hang the tool. */
class DriverResolverTest {

    @TempDir
    Path dir;

    private Path executable(String name) throws Exception {
        Path file = Files.createDirectories(dir.resolve("bin-" + name)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    @Test
    void an_explicit_driver_wins_over_the_path_and_no_download_happens() throws Exception {
        Path explicit = executable("chromedriver");
        Path onPath = executable("chromedriver").getParent().resolveSibling("other").resolve("chromedriver");
        Files.createDirectories(onPath.getParent());
        Files.copy(explicit, onPath);
        AtomicInteger downloads = new AtomicInteger();
        DriverResolver resolver = new DriverResolver(Optional.of(explicit),
                new ExecutableLookup(List.of(onPath.getParent())), () -> {
                    downloads.incrementAndGet();
                    return dir;
                }, Duration.ofSeconds(1));

        assertThat(resolver.resolve()).isEqualTo(explicit);
        assertThat(downloads).hasValue(0);
    }

    @Test
    void an_explicit_driver_that_does_not_exist_is_an_error_that_says_how_to_fix_it() {
        DriverResolver resolver = new DriverResolver(Optional.of(dir.resolve("missing")), new ExecutableLookup(
                List.of()), () -> dir, Duration.ofSeconds(1));

        assertThatThrownBy(resolver::resolve).isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("chromedriver not found at").hasMessageContaining("--driver");
    }

    @Test
    void a_chromedriver_on_the_path_is_used_before_any_download() throws Exception {
        Path onPath = executable("chromedriver");
        DriverResolver resolver = new DriverResolver(Optional.empty(), new ExecutableLookup(List.of(
                dir.resolve("nowhere"), onPath.getParent())), () -> {
                    throw new AssertionError("must not download");
                }, Duration.ofSeconds(1));

        assertThat(resolver.resolve()).isEqualTo(onPath);
    }

    @Test
    void a_download_that_hangs_is_abandoned_at_the_time_limit_with_a_fix() {
        CountDownLatch never = new CountDownLatch(1);
        DriverResolver resolver = new DriverResolver(Optional.empty(), new ExecutableLookup(List.of()), () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dir;
        }, Duration.ofMillis(300));

        Instant start = Instant.now();
        assertThatThrownBy(resolver::resolve).isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("longer than").hasMessageContaining("apt-get install chromium-driver");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_failed_download_says_why_and_how_to_fix_it() {
        DriverResolver resolver = new DriverResolver(Optional.empty(), new ExecutableLookup(List.of()), () -> {
            throw new IllegalStateException("network unreachable");
        }, Duration.ofSeconds(5));

        assertThatThrownBy(resolver::resolve).isInstanceOf(BrowserUnavailableException.class)
                .hasMessageContaining("network unreachable").hasMessageContaining("--driver PATH");
    }

    @Test
    void without_any_chrome_or_chromium_the_launch_fails_with_one_sentence_and_no_driver_lookup() {
        ChromeLauncher launcher = new ChromeLauncher(new BrowserBinaries(new ExecutableLookup(List.of())));

        assertThatThrownBy(() -> launcher.launch(new LaunchSettings(dir.resolve("profile"), true, Optional.empty(),
                Optional.empty(), Duration.ofSeconds(5))))
                .isInstanceOf(BrowserUnavailableException.class)
                .hasMessageStartingWith("no Chrome or Chromium found");
    }
}
