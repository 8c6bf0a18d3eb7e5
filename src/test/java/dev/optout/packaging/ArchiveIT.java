package dev.optout.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** optout-VERSION.tar.gz unpacked in a temporary folder runs with the Java on the PATH, as a person would run it. */
class ArchiveIT {

    @TempDir
    static Path work;

    private static Path unpacked;
    private static Path home;

    @BeforeAll
    static void unpack_the_tarball() throws IOException {
        unpacked = Files.createDirectories(work.resolve("unpacked"));
        ProcessRun.Result tar = ProcessRun.of("tar", "-xzf", BuiltPackages.tarball().toString(), "-C",
                unpacked.toString()).run();
        assertThat(tar.exitCode()).as(tar.toString()).isZero();
        home = unpacked.resolve("optout-" + BuiltPackages.VERSION);
    }

    @Test
    void holds_the_launchers_the_jar_and_its_libraries_the_packs_the_readme_and_the_licences() throws IOException {
        assertThat(home.resolve("bin/optout")).isExecutable();
        String batch = Files.readString(home.resolve("bin/optout.cmd"));
        assertThat(batch).startsWith("@echo off\r\n").contains("dev.optout.cli.Main");
        assertThat(batch.replace("\r\n", "")).as("a Windows batch file has CRLF line ends only").doesNotContain("\n");
        assertThat(home.resolve("lib/optout-" + BuiltPackages.VERSION + ".jar")).isRegularFile();
        assertThat(home.resolve("lib/picocli-4.7.7.jar")).isRegularFile();
        assertThat(home.resolve("selectors/facebook-objection.yaml")).isRegularFile();
        assertThat(home.resolve("selectors/pack.schema.json")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("THIRD-PARTY.txt")).isRegularFile();
        assertThat(home.resolve("lib/optout.classlist")).as("what the start-up archive is made from").isRegularFile();
    }

    @Test
    void the_licence_list_names_every_bundled_library_with_a_licence() throws IOException {
        Set<String> listed = new TreeSet<>();
        Pattern entry = Pattern.compile("^\\s+\\((.+?)\\) .* \\(([^:\\s]+):([^:\\s]+):([^\\s]+) - .*\\)$");
        for (String line : Files.readAllLines(home.resolve("THIRD-PARTY.txt"))) {
            Matcher matcher = entry.matcher(line);
            if (matcher.matches()) {
                assertThat(matcher.group(1)).as(line).isNotBlank().doesNotContainIgnoringCase("unknown");
                listed.add(matcher.group(3) + "-" + matcher.group(4) + ".jar");
            }
        }
        Set<String> bundled;
        try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
            bundled = jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .filter(name -> !name.equals("optout-" + BuiltPackages.VERSION + ".jar"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(bundled).hasSizeGreaterThan(10);
        assertThat(listed).containsAll(bundled);
    }

    @Test
    void the_zip_holds_the_same_files() throws IOException {
        Set<String> inZip;
        try (ZipFile zip = new ZipFile(BuiltPackages.zip().toFile())) {
            inZip = zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inTarball;
        try (Stream<Path> files = Files.walk(unpacked)) {
            inTarball = files.filter(Files::isRegularFile).map(f -> unpacked.relativize(f).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(inZip).isEqualTo(inTarball);
    }

    @Test
    void bin_optout_prints_the_version() {
        ProcessRun.Result result = optout("--version").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("optout " + BuiltPackages.VERSION);
    }

    @Test
    void bin_optout_runs_the_demo_headless_and_the_replica_receives_one_objection() {
        assertThat(optout("--version").run().exitCode()).as("the start-up archive is made").isZero();

        ClassLoading demo = ClassLoading.of(optout("demo", "--headless", "--yes").timeout(Duration.ofMinutes(3)),
                work);

        assertThat(demo.result().out()).contains("The replica received 1 submission(s).");
        // The recorded class list (scripts/lib/record-start-classes.sh) still names what a browser run loads: were
        // it stale, every run would read and check the missing classes from the jars again.
        assertThat(demo.sharedShare()).as("the share of the demo's classes that came from the start-up archive; "
                + "if it fell, run scripts/lib/record-start-classes.sh").isGreaterThan(0.9);
    }

    @Test
    void a_symbolic_link_to_bin_optout_still_finds_its_libraries(@TempDir Path elsewhere) throws IOException {
        Path link = Files.createSymbolicLink(elsewhere.resolve("optout"), home.resolve("bin/optout"));

        ProcessRun.Result result = ProcessRun.of(link.toString(), "--version").run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void a_java_older_than_17_is_refused_in_one_line(@TempDir Path java11) throws IOException {
        fakeJava(java11, "JAVA_VERSION=\"11.0.2\"", "echo 'openjdk version \"11.0.2\"' >&2");

        ProcessRun.Result result = optout("--version").env("JAVA_HOME", java11.toString()).run();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly("optout: " + java11.resolve("bin/java")
                + " is Java 11.0.2; optout needs Java 17 or later: install it, or set JAVA_HOME to one");
    }

    @Test
    void without_a_release_file_the_version_comes_from_java_itself(@TempDir Path java8) throws IOException {
        fakeJava(java8, null, "echo 'java version \"1.8.0_392\"' >&2");

        ProcessRun.Result result = optout("--version").env("PATH", java8.resolve("bin") + ":/usr/bin:/bin")
                .without("JAVA_HOME").run();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("is Java 1.8.0_392; optout needs Java 17 or later");
    }

    @Test
    void no_java_at_all_is_one_line_that_says_what_to_install() {
        ProcessRun.Result result = ProcessRun.of("/bin/sh", home.resolve("bin/optout").toString(), "--version")
                .env("PATH", "/nonexistent").without("JAVA_HOME").run();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(1).first().asString().startsWith("optout: no java on the PATH");
    }

    @Test
    void its_completion_script_completes_bundled_and_own_pack_ids(@TempDir Path optoutHome) throws IOException {
        Path ownPacks = Files.createDirectories(optoutHome.resolve("config/packs"));
        Files.writeString(ownPacks.resolve("mine.yaml"), Files.readString(home.resolve(
                "selectors/facebook-objection.yaml")).replace("id: facebook-objection", "id: my-objection"));
        ProcessRun.Result result = optout("completion", "bash").env("OPTOUT_HOME", optoutHome.toString()).run();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        Path script = Files.writeString(optoutHome.resolve("optout.bash"), result.out());

        assertThat(BashCompletion.offers(script, "optout", "run", "fac"))
                .containsExactlyInAnyOrder("facebook-objection", "facebook-privacy-center-path");
        assertThat(BashCompletion.offers(script, "optout", "plan", "my")).containsExactly("my-objection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "list", "plan facebook-objection", "validate"})
    void commands_that_need_no_browser_load_no_selenium(String arguments) {
        ClassLoading loading = ClassLoading.of(optout(arguments.split(" ")), work);

        assertThat(loading.sourceOf("dev.optout.cli.Main")).as("the class loading was logged").isNotEmpty();
        assertThat(loading.loadedAny("org.openqa.")).isFalse();
        assertThat(loading.loadedAny("io.github.bonigarcia.")).isFalse();
    }

    @Test
    void the_first_start_makes_a_start_up_archive_in_the_data_folder_which_later_starts_use() throws IOException {
        Path optoutHome = Files.createTempDirectory(work, "home");

        ProcessRun.Result first = optout("list").env("OPTOUT_HOME", optoutHome.toString()).run();

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err().lines()).containsExactly(
                "optout: making its start-up archive for this Java (once, a few seconds)");
        Path cache = optoutHome.resolve("data/cache");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")))
                    .singleElement().asString().matches("start-[0-9]+\\.jsa");
        }
        ClassLoading second = ClassLoading.of(optout("list").env("OPTOUT_HOME", optoutHome.toString()), work);
        assertThat(second.result().out()).isEqualTo(first.out());
        assertThat(second.result().err()).doesNotContain("start-up archive");
        assertThat(second.sourceOf("dev.optout.cli.Main")).isEqualTo("shared objects file");
        assertThat(second.sourceOf("dev.optout.pack.PackRepository")).isEqualTo("shared objects file");
        assertThat(second.sourceOf("org.yaml.snakeyaml.parser.ParserImpl")).as("a library's class").isEqualTo(
                "shared objects file");
    }

    @Test
    void an_unchanged_set_of_packs_skips_the_schema_and_a_changed_one_is_checked_again() throws IOException {
        Path optoutHome = Files.createTempDirectory(work, "home");
        ProcessRun.Result first = optout("list").env("OPTOUT_HOME", optoutHome.toString()).run();
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(optoutHome.resolve(
                "data/cache/validated-packs")))).isEqualTo("rw-------");

        ClassLoading unchanged = ClassLoading.of(optout("list").env("OPTOUT_HOME", optoutHome.toString()), work);
        Path ownPacks = Files.createDirectories(optoutHome.resolve("config/packs"));
        Files.writeString(ownPacks.resolve("mine.yaml"), Files.readString(home.resolve(
                "selectors/facebook-objection.yaml")).replace("id: facebook-objection", "id: my-objection"));
        ClassLoading changed = ClassLoading.of(optout("list").env("OPTOUT_HOME", optoutHome.toString()), work);

        assertThat(unchanged.result().out()).isEqualTo(first.out());
        assertThat(unchanged.loadedAny("com.networknt.")).as("the schema validator").isFalse();
        assertThat(changed.result().out()).contains("my-objection");
        assertThat(changed.loadedAny("com.networknt.")).as("the schema validator").isTrue();
    }

    private static ProcessRun optout(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/optout").toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command).env("OPTOUT_HOME", work.resolve("optout-home").toString());
    }

    /** A JAVA_HOME whose java only prints a version, with that version in its release file (or without one). */
    private static void fakeJava(Path javaHome, String release, String versionLine) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + versionLine + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (release != null) {
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Test\"\n" + release + "\n");
        }
    }
}
