package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.optout.packaging.ProcessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands that need no browser never load Selenium or WebDriverManager: loading them is a large part of a
 * browser run's start, and nothing of them is needed to list, plan or check packs. Each runs in a JVM of its own with
 * this test's class path, its class loading logged. (ArchiveIT checks the same of the packaged bin/optout.)
 */
class BrowserlessCommandsLoadNoSeleniumTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "list", "plan facebook-objection", "validate",
        "validate selectors/facebook-objection.yaml", "list --help"})
    void loads_no_browser_class(String arguments) throws IOException {
        Path log = home.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(arguments.split(" ")));

        ProcessRun.Result result = ProcessRun.of(command).env("OPTOUT_HOME", home.toString()).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("the class loading was logged").anyMatch(line -> line.contains(" dev.optout.cli.Main "));
        assertThat(loaded).noneMatch(line -> line.contains("org.openqa.") || line.contains("io.github.bonigarcia."));
    }
}
