package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo is no proof: it says where it sends, it is recorded as a demo, apart from real runs, and never counted. */
class DemoModeTest {

    @TempDir
    Path home;

    @Test
    void a_demo_is_recorded_as_a_demo_in_its_own_folder_and_never_in_the_ledger_or_the_history() throws Exception {
        CliHarness cli = new CliHarness(home);

        CliHarness.Result result = cli.run("demo", "--headless", "--yes");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).containsPattern("optout will send this to the replica of www\\.facebook\\.com "
                + "\\(127\\.0\\.0\\.1:[0-9]+\\):").contains("Demo of facebook-objection")
                .contains("Done: the replica confirmed it").contains("nothing reached Meta");
        List<Path> reports;
        try (Stream<Path> files = Files.walk(home.resolve("data/demo-runs"))) {
            reports = files.filter(p -> p.getFileName().toString().equals("run.json")).toList();
        }
        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(new ObjectMapper().readTree(report.toFile()).get("mode").asText()).isEqualTo("demo");
            assertThat(report.resolveSibling("report.html")).content().contains("no proof of anything sent to Meta");
        });
        assertThat(home.resolve("data/runs")).doesNotExist();
        assertThat(home.resolve("data/sent.jsonl")).doesNotExist();
        assertThat(cli.run("history").out()).contains("No sends or attempts recorded yet");
    }
}
