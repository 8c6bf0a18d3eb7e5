package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optout.browser.DebuggableChromium;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C and SIGTERM to the tool (issue 7.4 and failure 4, issue 10.4; reliability #17's Ctrl-C): the tool's JVM is
 * a real process, stopped at the confirmation prompt by a signal to its pid alone. It must quit the browser it
 * started (nothing left on the profile), close only its own tab in the person's browser, write run.json as aborted,
 * say in one line where it stopped and what was sent, remove the demo's temporary profile, and exit 130 or 143.
 */
class SignalsTest {

    private static final Duration TO_THE_PROMPT = Duration.ofSeconds(120);
    private static final Duration TO_THE_END = Duration.ofSeconds(30);

    private static ReplicaServer replica;

    @TempDir
    Path home;

    @TempDir
    Path temp;

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
    }

    private List<String> runArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "facebook-objection", "--origin-map",
                "https://www.facebook.com=" + replica.baseUrl(), "--set", "country=DE", "--timeout", "20",
                "--report", home.resolve("report").toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @ParameterizedTest(name = "{0} → exit {1}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void a_signal_at_the_prompt_quits_the_browser_keeps_the_proof_says_where_it_stopped_and_exits_with_its_code(
            String signal, int exitCode) throws Exception {
        Path profile = home.resolve("data/profile");
        try (ToolProcess tool = ToolProcess.start(home, temp, runArgs("--headless"))) {
            tool.awaitOutput("[y/N]", TO_THE_PROMPT);
            List<ProcessHandle> started = tool.descendants();
            assertThat(started).as("the tool started a driver and a browser").isNotEmpty();

            tool.signal(signal);

            assertThat(tool.awaitExit(TO_THE_END)).as(tool.out() + tool.err()).isEqualTo(exitCode);
            assertThat(tool.err().lines().filter(l -> l.startsWith("optout: Interrupted")))
                    .singleElement().asString().matches("optout: Interrupted at step \\d+; nothing was sent\\. "
                            + "Report: .*run\\.json");
            assertThat(started).as("every process the tool started has ended").noneMatch(ProcessHandle::isAlive);
            assertThat(processesNaming(profile)).as("processes on the profile").isEmpty();
            assertThat(Files.exists(profile.resolve("SingletonLock"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        JsonNode run = new ObjectMapper().readTree(home.resolve("report/run.json").toFile());
        assertThat(run.get("outcome").asText()).isEqualTo("aborted");
        assertThat(run.get("message").asText()).startsWith("Interrupted at step").endsWith("nothing was sent");
        assertThat(run.get("steps").get(run.get("steps").size() - 1).get("note").asText())
                .isEqualTo("interrupted (SIG" + signal + ")");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void in_the_person_s_own_browser_a_signal_closes_only_the_tool_s_tab() throws Exception {
        try (DebuggableChromium chromium = DebuggableChromium.start(temp.resolve("persons-profile"));
             ToolProcess tool = ToolProcess.start(home, temp, runArgs("--attach", chromium.attachArgument()))) {
            tool.awaitOutput("[y/N]", TO_THE_PROMPT);
            assertThat(chromium.tabUrls()).hasSize(2);
            List<ProcessHandle> started = tool.descendants();

            tool.signal("INT");

            assertThat(tool.awaitExit(TO_THE_END)).as(tool.out() + tool.err()).isEqualTo(ExitCodes.INTERRUPTED);
            assertThat(tool.err()).contains("optout: Interrupted at step").contains("nothing was sent");
            assertThat(chromium.alive()).as("the person's browser keeps running").isTrue();
            assertThat(chromium.tabUrls()).containsExactly(DebuggableChromium.PERSONS_TAB);
            assertThat(started).as("the tool's chromedriver has ended").noneMatch(ProcessHandle::isAlive);
        }
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_demo_interrupted_at_its_prompt_removes_its_temporary_profile() throws Exception {
        try (ToolProcess tool = ToolProcess.start(home, temp, List.of("demo", "--headless"))) {
            tool.awaitOutput("[y/N]", TO_THE_PROMPT);
            assertThat(demoProfiles()).hasSize(1);
            Path profile = demoProfiles().get(0);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profile))).isEqualTo("rwx------");

            tool.signal("INT");

            assertThat(tool.awaitExit(TO_THE_END)).as(tool.out() + tool.err()).isEqualTo(ExitCodes.INTERRUPTED);
            assertThat(tool.err()).contains("optout: Interrupted at step").contains("nothing was sent");
            assertThat(processesNaming(profile)).isEmpty();
        }
        assertThat(demoProfiles()).as("the demo's temporary profile").isEmpty();
    }

    private List<Path> demoProfiles() throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("optout-demo-profile")).toList();
        }
    }

    /** Processes whose command line names the folder, as a browser on that profile does. */
    private static List<String> processesNaming(Path folder) {
        String name = folder.toAbsolutePath().toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("")).filter(line -> line.contains(name)).toList();
    }
}
