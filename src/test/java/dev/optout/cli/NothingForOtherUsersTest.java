package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing for other local users (issue 7.7, failure 7; reliability #25's artifacts): every folder the tool creates is
 * 700 and every file 600, and a personal value can come from a file instead of the command line, where {@code ps}
 * shows it to everyone.
 */
class NothingForOtherUsersTest {

    private static final String CANARY_REASON = "CANARY-7f3 from a file, with a line break\nin the middle";

    private static ReplicaServer replica;

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeAll
    static void start() {
        replica = ReplicaServer.start(new Scenario());
    }

    @AfterAll
    static void stop() {
        replica.close();
    }

    @BeforeEach
    void fresh() {
        replica.scenario().reset().cookieDialog(false);
        replica.recorder().clear();
        cli = new CliHarness(home);
    }

    @Test
    void a_live_run_leaves_only_owner_only_folders_and_files_and_takes_the_reason_from_a_file() throws Exception {
        Path reasonFile = Files.writeString(home.resolve("reason.txt"), CANARY_REASON + "\n");

        CliHarness.Result result = cli.run("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--yes", "--set", "country=DE",
                "--set-from-file", "reason=" + reasonFile);

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(replica.recorder().submissionsTo(Submission.OBJECTION)).singleElement()
                .satisfies(s -> assertThat(s.fields()).containsEntry("reason", CANARY_REASON));
        assertThat(result.all()).doesNotContain("CANARY");
        Path data = home.resolve("data");
        Path profile = data.resolve("profile");
        List<Path> made;
        try (Stream<Path> walk = Files.walk(data)) {
            // Inside the profile folder the browser makes its own files; the folder itself keeps everyone out.
            made = walk.filter(p -> p.equals(profile) || !p.startsWith(profile)).toList();
        }
        assertThat(made).contains(data, data.resolve("runs"), profile, data.resolve("sent.jsonl"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("run.json"))
                .anySatisfy(p -> assertThat(p.getFileName().toString()).endsWith(".png"));
        for (Path path : made) {
            assertThat(mode(path)).as(path.toString()).isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
        }
        try (Stream<Path> reports = Files.walk(data.resolve("runs"))) {
            for (Path file : reports.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(file)).asString().doesNotContain("CANARY");
            }
        }
    }

    @Test
    void a_data_folder_an_older_version_left_readable_is_closed_to_others_at_the_next_run() throws Exception {
        Path runs = Files.createDirectories(home.resolve("data/runs"));
        Files.setPosixFilePermissions(runs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));

        CliHarness.Result result = cli.run("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--headless", "--dry-run", "--set", "country=DE");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(mode(runs)).isEqualTo("rwx------");
        assertThat(mode(home.resolve("data"))).isEqualTo("rwx------");
    }

    @Test
    void a_value_file_that_cannot_be_read_is_a_one_line_usage_error_before_anything_starts() {
        CliHarness.Result result = cli.run("run", "facebook-objection", "--headless", "--set", "country=DE",
                "--set-from-file", "reason=" + home.resolve("no-such-file"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("optout: --set-from-file reason=" + home.resolve("no-such-file") + ": cannot read it"));
        assertThat(result.out()).doesNotContain("Running");
    }

    @Test
    void a_letter_is_owner_only_and_the_folder_it_goes_into_keeps_its_mode() throws Exception {
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Files.setPosixFilePermissions(documents, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliHarness.Result result = cli.run("letter", "--platform", "facebook", "--lang", "en", "--out",
                documents.resolve("letter.txt").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(mode(documents.resolve("letter.txt"))).isEqualTo("rw-------");
        assertThat(mode(documents)).as("the person's own folder").isEqualTo("rwxr-xr-x");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
