package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.pack.PackRepository;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code optout demo --pack ID} completes every bundled pack against the replica, live and as a dry run. */
class DemoEveryPackTest {

    @TempDir
    Path home;

    static Stream<String> packs() {
        return PackRepository.bundledOnly().ids().stream();
    }

    @ParameterizedTest
    @MethodSource("packs")
    void a_live_demo_completes_and_the_replica_receives_the_sends(String pack) {
        CliHarness.Result result = new CliHarness(home).run("demo", "--pack", pack, "--headless", "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("The replica received [1-9] submission");
    }

    @ParameterizedTest
    @MethodSource("packs")
    void a_dry_run_demo_finds_every_target_and_sends_nothing(String pack) {
        CliHarness.Result result = new CliHarness(home).run("demo", "--pack", pack, "--headless", "--dry-run");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("every target was found").contains("The replica received 0 submission(s).");
    }
}
