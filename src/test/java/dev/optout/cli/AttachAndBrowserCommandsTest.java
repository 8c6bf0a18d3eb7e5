package dev.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.optout.browser.DebuggableChromium;
import dev.optout.browser.DebuggingAddress;
import dev.optout.browser.DevTools;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The person's own browser end to end: {@code browser start}, {@code run --attach}, a browser that dies mid-run,
 * a profile already open, the default profile, a login kept between runs, against the replica.
 */
class AttachAndBrowserCommandsTest {

    private static ReplicaServer replica;

    @TempDir
    Path home;

    private final List<AutoCloseable> cleanups = new ArrayList<>();

    @BeforeAll
    static void startReplica() {
        replica = ReplicaServer.start(new Scenario());
    }

    @AfterAll
    static void stopReplica() {
        replica.close();
    }

    @BeforeEach
    void fresh() {
        replica.scenario().reset();
        replica.recorder().clear();
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable cleanup : cleanups) {
            cleanup.close();
        }
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Result optout(BufferedReader stdin, String... args) {
        Console console = new Console(stdin, new UserFolders(home.resolve("data"), home.resolve("config")),
                Clock.systemUTC(), false);
        CommandLine cli = OptoutCommand.create(console);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Result optout(String... args) {
        return optout(new BufferedReader(new StringReader("")), args);
    }

    private String[] runFacebook(String... extra) {
        String[] base = {"run", "facebook-objection", "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
            "--set", "country=DE", "--timeout", "10"};
        return Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
    }

    private DebuggableChromium chromium(Path profile) {
        DebuggableChromium chromium = DebuggableChromium.start(profile);
        cleanups.add(chromium);
        return chromium;
    }

    /** Standard input whose first read ends the browser, the way a person quitting it at the prompt would. */
    private static BufferedReader killingAtFirstQuestion(Runnable kill) {
        return new BufferedReader(new StringReader("")) {
            @Override
            public String readLine() {
                kill.run();
                return "y";
            }
        };
    }

    @Test
    void browser_start_then_run_attach_sends_once_and_leaves_the_browser_running() throws Exception {
        int port = DebuggableChromium.freePort();
        Path profile = home.resolve("attach-profile");

        Result started = optout("browser", "start", "--browser", "chromium", "--port", String.valueOf(port),
                "--profile", profile.toString(), "--headless");
        Matcher pid = Pattern.compile("process (\\d+)").matcher(started.out());
        if (pid.find()) {
            long browserPid = Long.parseLong(pid.group(1));
            cleanups.add(() -> ProcessHandle.of(browserPid).ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }));
        }
        assertThat(started.exitCode()).as(started.all()).isZero();
        assertThat(started.out()).contains("optout run facebook-objection --attach 127.0.0.1:" + port);
        assertThat(profile.resolve("SingletonLock")).isSymbolicLink();

        Result run = optout(runFacebook("--attach", "127.0.0.1:" + port, "--yes", "--report",
                home.resolve("report").toString()));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(replica.recorder().submissions()).hasSize(1);
        DevTools devTools = new DevTools(DebuggingAddress.loopback(port));
        assertThat(devTools.version()).as("the browser still answers").isPresent();
        assertThat(devTools.pageCount()).as("only the browser's own first tab is left").isEqualTo(1);
    }

    @Test
    void run_attach_closes_only_its_own_tab_when_the_person_declines() {
        DebuggableChromium chromium = chromium(home.resolve("persons-profile"));

        Result run = optout(new BufferedReader(new StringReader("n\n")), runFacebook("--attach",
                chromium.attachArgument(), "--report", home.resolve("report").toString()));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.DECLINED);
        assertThat(replica.recorder().submissions()).isEmpty();
        assertThat(chromium.alive()).isTrue();
        assertThat(chromium.tabUrls()).containsExactly(DebuggableChromium.PERSONS_TAB);
    }

    @Test
    void attaching_where_nothing_listens_fails_within_seconds_with_the_command_that_fixes_it() {
        int port = DebuggableChromium.freePort();
        Instant start = Instant.now();

        Result run = optout(runFacebook("--attach", "127.0.0.1:" + port, "--yes"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(run.err()).contains("no browser answers on 127.0.0.1:" + port)
                .contains("optout browser start --port " + port);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void attach_addresses_other_than_loopback_literals_are_usage_errors() {
        for (String address : List.of("localhost:9222", "0.0.0.0:9222", "10.0.0.5:9222")) {
            Result run = optout(runFacebook("--attach", address, "--yes"));

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("127.0.0.1:PORT");
        }
        Result withProfile = optout(runFacebook("--attach", "127.0.0.1:9222", "--profile", "x"));
        assertThat(withProfile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withProfile.err()).contains("--profile has no effect");
    }

    @Test
    void a_profile_already_open_in_a_browser_is_reported_as_close_it_or_attach_to_it() {
        DebuggableChromium chromium = chromium(home.resolve("busy-profile"));

        Result run = optout(runFacebook("--headless", "--profile", chromium.profile().toString(), "--yes"));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(run.err()).contains("already open in a browser").contains("close that browser or attach to it")
                .doesNotContain("instance exited");
        assertThat(chromium.alive()).isTrue();
    }

    @Test
    void the_browsers_default_profile_is_refused_with_the_chrome_136_reason_and_never_created() {
        Path defaultProfile = Path.of(System.getProperty("user.home"), ".config", "chromium");
        boolean existed = Files.exists(defaultProfile);

        Result run = optout(runFacebook("--headless", "--browser", "chromium", "--profile",
                defaultProfile.toString(), "--yes"));
        Result start = optout("browser", "start", "--browser", "chromium", "--profile", defaultProfile.toString(),
                "--port", String.valueOf(DebuggableChromium.freePort()), "--headless");

        for (Result result : List.of(run, start)) {
            assertThat(result.exitCode()).as(result.all()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
            assertThat(result.err()).contains("default profile").contains("136").contains("dedicated profile");
        }
        assertThat(Files.exists(defaultProfile)).isEqualTo(existed);
    }

    @Test
    void the_browser_killed_mid_run_when_attached_exits_7_with_the_report_and_no_stack_trace() throws Exception {
        DebuggableChromium chromium = chromium(home.resolve("dying-profile"));
        Path report = home.resolve("report");

        Result run = optout(killingAtFirstQuestion(chromium::kill), runFacebook("--attach",
                chromium.attachArgument(), "--report", report.toString()));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.BROWSER_CLOSED);
        assertThat(run.all()).contains("the browser was closed").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(new ObjectMapper().readTree(report.resolve("run.json").toFile()).get("outcome").asText())
                .isEqualTo("aborted");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void the_browser_killed_mid_run_when_launched_exits_7_with_the_report() throws Exception {
        Path profile = home.resolve("launched-profile");
        Path report = home.resolve("report");
        Runnable killLaunchedBrowser = () -> ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("--user-data-dir=" + profile))
                .forEach(ProcessHandle::destroyForcibly);

        Result run = optout(killingAtFirstQuestion(killLaunchedBrowser), runFacebook("--headless", "--profile",
                profile.toString(), "--report", report.toString()));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.BROWSER_CLOSED);
        assertThat(run.all()).contains("the browser was closed").doesNotContain("\tat ");
        assertThat(report.resolve("run.json")).exists();
    }

    @Test
    void a_login_done_in_the_first_run_is_still_there_in_the_second_on_the_same_profile() {
        // The replica logs the "person" in a few seconds after the wall shows, and sets its persistent c_user cookie.
        // The first run is in a browser with a window for the person (attached): a headless one cannot wait for a
        // login nobody can do, and ends at once.
        replica.scenario().loginRequired(true).autoLoginAfterMs(4000);
        Path profile = home.resolve("kept-profile");
        DebuggableChromium persons = chromium(profile);
        Result first = optout(runFacebook("--attach", persons.attachArgument(), "--yes", "--report",
                home.resolve("report-1").toString()));
        persons.quit();
        // Nobody logs in during the second run: it can only pass if the session was kept.
        replica.scenario().autoLoginAfterMs(null);
        // A dry run: a second live send of the same pack from the same profile is refused by design.
        Result second = optout(runFacebook("--headless", "--profile", profile.toString(), "--dry-run", "--verbose",
                "--report", home.resolve("report-2").toString()));

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Facebook wants you to log in");
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("skipped: login-wall absent").doesNotContain("Facebook wants you to log in");
    }

    @Test
    void a_headless_run_that_meets_a_login_wall_ends_at_once_saying_what_to_do() {
        replica.scenario().loginRequired(true);

        Result run = optout(runFacebook("--headless", "--profile", home.resolve("new-profile").toString(), "--yes",
                "--report", home.resolve("report").toString()));

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.STEP_FAILED);
        assertThat(run.all()).contains("the browser has no window", "Facebook wants you to log in");
        assertThat(replica.recorder().submissions()).isEmpty();
    }

    @Test
    void doctor_with_an_attached_browser_says_it_answers_and_exits_0() {
        DebuggableChromium chromium = chromium(home.resolve("doctor-profile"));

        Result doctor = optout("doctor", "--attach", chromium.attachArgument());

        assertThat(doctor.exitCode()).as(doctor.all()).isZero();
        assertThat(doctor.out()).contains("ok    Java ").contains("ok    Chromium ").contains("ok    chromedriver ")
                .contains("matches Chromium").contains("selector packs valid").contains("replica")
                .contains("answers on " + chromium.attachArgument()).contains("A run can work.");
    }

    @Test
    void doctor_without_a_browser_on_the_port_fails_that_line_with_the_fix() {
        int port = DebuggableChromium.freePort();

        Result doctor = optout("doctor", "--attach", "127.0.0.1:" + port);

        assertThat(doctor.exitCode()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
        assertThat(doctor.out()).contains("fail  no browser answers on 127.0.0.1:" + port
                + " — start one with 'optout browser start --port " + port + "'");
    }

    @Test
    void browser_start_refuses_firefox_and_a_taken_port() throws Exception {
        Result firefox = optout("browser", "start", "--browser", "firefox");
        assertThat(firefox.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(firefox.err()).contains("Firefox cannot be attached to");

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Result busy = optout("browser", "start", "--browser", "chromium", "--port",
                    String.valueOf(taken.getLocalPort()), "--profile", home.resolve("p").toString(), "--headless");
            assertThat(busy.exitCode()).isEqualTo(ExitCodes.BROWSER_UNAVAILABLE);
            assertThat(busy.err()).contains("is taken by another program");
        }
    }
}
