package dev.optout.engine;

import dev.optout.browser.BrowserSession;
import dev.optout.pack.Pack;
import dev.optout.pack.PackRepository;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.report.ReportWriter;
import dev.optout.testing.HeadlessChromium;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * What every engine test of a pack needs: the replica, one real headless Chromium per class, a fresh scenario and no
 * cookies before each test, and a run with every origin of the pack served by the replica.
 */
abstract class PackRunTest {

    static ReplicaServer replica;
    static BrowserSession browser;

    @TempDir
    Path reports;

    @BeforeAll
    static void startReplicaAndBrowser() {
        replica = ReplicaServer.start(new Scenario());
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowserAndReplica() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @BeforeEach
    void fresh_replica_and_no_cookies() {
        try {
            // A test that failed may have left the page's own dialog open; it would block every later command.
            browser.driver().switchTo().alert().dismiss();
        } catch (NoAlertPresentException nothingOpen) {
            // The usual case.
        }
        replica.scenario().reset();
        replica.recorder().clear();
        // Cookies are per host: the replica is also reached as localhost, the name tests use for a foreign host.
        for (String origin : List.of(replica.baseUrl(), "http://localhost:" + replica.port())) {
            browser.driver().get(origin + "/");
            browser.driver().manage().deleteAllCookies();
        }
    }

    static Pack bundled(String id) {
        return PackRepository.bundledOnly().byId(id).orElseThrow();
    }

    /** Walks {@code pack} with each of its origins mapped to the replica and a 10 s step timeout. */
    RunResult run(Pack pack, Mode mode, Person person, Map<String, String> inputs) {
        RunSettings settings = RunSettings.defaults(mode).withStepTimeout(Duration.ofSeconds(10));
        OriginMap map = OriginMap.parse(pack.origins().stream().map(o -> o + "=" + replica.baseUrl()).toList());
        return new Runner(person, RunListener.SILENT, Clock.systemUTC()).run(pack, inputs, settings, browser.pagePort(),
                map, new ReportWriter(reports));
    }
}
