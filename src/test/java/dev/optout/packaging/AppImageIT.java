package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jpackage app image runs on its own trimmed Java runtime, with no Java or Maven of the machine's. */
class AppImageIT {

    @TempDir
    Path optoutHome;

    @BeforeEach
    void built_where_jpackage_was_there() {
        assumeThat(BuiltPackages.nativeExpected()).as("the build had no jpackage, so no app image was made").isTrue();
        assumeThat(BuiltPackages.onLinux()).as("the app image layout checked here is Linux's").isTrue();
        assertThat(BuiltPackages.appImage().resolve("bin/optout")).isExecutable();
    }

    @Test
    void its_runtime_has_the_modules_optout_needs_and_not_the_whole_jdk() throws IOException {
        String release = Files.readString(BuiltPackages.appImage().resolve("lib/runtime/release"));

        assertThat(release).contains("java.net.http", "jdk.crypto.ec", "jdk.localedata", "jdk.httpserver")
                .doesNotContain("jdk.compiler", "jdk.jshell", "jdk.jpackage", "java.rmi");
    }

    @Test
    void runs_the_demo_without_the_machine_s_java() {
        ProcessRun.Result result = optout("demo", "--headless", "--yes").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("The replica received 1 submission(s).");
    }

    @Test
    void a_german_page_finds_the_country_by_its_german_name() {
        ProcessRun.Result result = optout("demo", "--headless", "--yes", "--locale", "de").run();

        assertThat(result.exitCode()).as("country names in German come from jdk.localedata\n" + result).isZero();
    }

    @Test
    void starts_from_its_class_data_archives_and_loads_no_selenium_to_list_packs() {
        assertThat(BuiltPackages.appImage().resolve("lib/runtime/lib/server/classes.jsa")).isRegularFile();
        assertThat(BuiltPackages.appImage().resolve("lib/app/optout.jsa")).isRegularFile();

        ClassLoading list = ClassLoading.of(optout("list"), optoutHome);

        // optout's archive holds the runtime's classes it uses too, from the recorded class list.
        assertThat(list.sourceOf("java.lang.Object")).isEqualTo("shared objects file");
        assertThat(list.sourceOf("dev.optout.cli.Main")).as("optout's archive").isEqualTo("shared objects file");
        assertThat(list.loadedAny("org.openqa.")).isFalse();
    }

    private ProcessRun optout(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(BuiltPackages.appImage().resolve("bin/optout")
                .toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command).env("OPTOUT_HOME", optoutHome.toString()).without("JAVA_HOME")
                .env("PATH", "/usr/bin:/bin").timeout(Duration.ofMinutes(3));
    }
}
