package dev.optout.bench;

import dev.optout.replica.Recorder;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import dev.optout.replica.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * What {@code scripts/bench} runs: a live {@code optout run facebook-objection} against the replica beside
 * {@link RawSeleniumObjection} doing the same on the same page, alternating in one run so that load on a shared
 * machine falls on both alike. Prints the medians of wall and CPU time, their ratio, the peak memory of each JVM and,
 * from the replica's timestamps, how long after each field appeared it was first acted on. It judges nothing: a run
 * that fails (exit code, or no submission reached the replica) ends the benchmark with exit 1, so that it cannot rot.
 * <p>
 * {@code LiveRunBenchmark --rounds N --optout LAUNCHER --browser PATH --driver PATH}
 */
public final class LiveRunBenchmark {

    private static final String FORM_PATH = "/help/contact/6359191084165019";
    private static final String COUNTRY = "DE";
    private static final String EMAIL = "bench@example.test";
    private static final String REASON = "I object to Meta using my information for AI (benchmark run).";
    private static final List<String> ELEMENTS = List.of("Decline optional cookies", "Country where you live",
            "Email address", "Please explain how this processing impacts you", "Send");
    private static final long TIMESTAMPS_GRACE_MS = 2000;

    private final Map<String, String> options;
    private final Path work;
    private final ReplicaServer replica;

    private LiveRunBenchmark(Map<String, String> options, Path work, ReplicaServer replica) {
        this.options = options;
        this.work = work;
        this.replica = replica;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rounds = Integer.parseInt(options.get("--rounds"));
        Path work = Files.createTempDirectory("optout-bench");
        try (ReplicaServer replica = ReplicaServer.start(new Scenario().timestamps(true))) {
            LiveRunBenchmark bench = new LiveRunBenchmark(options, work, replica);
            System.exit(bench.run(rounds));
        } finally {
            deleteQuietly(work);
        }
    }

    private int run(int rounds) throws IOException, InterruptedException {
        System.out.println("scripts/bench: " + rounds + " round(s) of optout run and raw Selenium, alternating, "
                + "against the replica on " + replica.baseUrl() + " (first one of each uncounted)");
        Side optout = new Side("optout run");
        Side raw = new Side("raw Selenium");
        for (int round = 0; round <= rounds; round++) {
            boolean counted = round > 0;
            if (!measure(optout, optoutCommand(round), counted) || !measure(raw, rawCommand(round), counted)) {
                return 1;
            }
        }
        print(optout, raw);
        return 0;
    }

    private boolean measure(Side side, List<String> command, boolean counted) throws IOException,
            InterruptedException {
        Recorder recorder = replica.recorder();
        recorder.clear();
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        ChildRun.Measurement m = ChildRun.of(command, Map.of("OPTOUT_HOME", work.resolve("home").toString(),
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp), work.resolve("output.txt"));
        deleteQuietly(tmp);
        if (m.exitCode() != 0 || recorder.submissionCount(Submission.OBJECTION) != 1) {
            System.out.println("scripts/bench: " + side.name + " failed (exit " + m.exitCode() + ", "
                    + recorder.submissionCount(Submission.OBJECTION) + " submission(s)):\n" + m.output());
            return false;
        }
        awaitFirstActions(recorder);
        if (counted) {
            side.measurements.add(m);
            for (String element : ELEMENTS) {
                OptionalDouble ms = recorder.appearToFirstActionMs(element);
                if (ms.isPresent()) {
                    side.appearToAction.computeIfAbsent(element, e -> new ArrayList<>()).add(ms.getAsDouble());
                }
            }
        }
        return true;
    }

    /** The page reports its timestamps with fetch(keepalive): the last may arrive just after the browser quit. */
    private static void awaitFirstActions(Recorder recorder) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMESTAMPS_GRACE_MS;
        while (ELEMENTS.stream().anyMatch(e -> recorder.appearToFirstActionMs(e).isEmpty())
                && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    private List<String> optoutCommand(int round) {
        return List.of(options.get("--optout"), "run", "facebook-objection", "--headless", "--yes", "--force",
                "--browser", "chromium", "--driver", options.get("--driver"),
                "--profile", work.resolve("tmp/profile").toString(),
                "--report", work.resolve("reports/" + round).toString(),
                "--origin-map", "https://www.facebook.com=" + replica.baseUrl(),
                "--set", "country=" + COUNTRY, "--set", "email=" + EMAIL, "--set", "reason=" + REASON);
    }

    private List<String> rawCommand(int round) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RawSeleniumObjection.class.getName(),
                replica.baseUrl() + FORM_PATH, COUNTRY, EMAIL, REASON, options.get("--browser"),
                options.get("--driver"));
    }

    private static void print(Side optout, Side raw) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %14s%n", "medians of " + optout.measurements.size(),
                "WALL ms", "CPU ms", "peak RSS MiB");
        for (Side side : List.of(optout, raw)) {
            System.out.printf(Locale.ROOT, "%-22s %9d %9d %14d%n", side.name, side.median(ChildRun.Measurement::wallMs),
                    side.median(ChildRun.Measurement::cpuMs), side.maxPeakRssKiB() / 1024);
        }
        System.out.printf(Locale.ROOT, "%-22s %9.2f %9.2f%n", "ratio optout / raw",
                (double) optout.median(ChildRun.Measurement::wallMs) / raw.median(ChildRun.Measurement::wallMs),
                (double) optout.median(ChildRun.Measurement::cpuMs) / raw.median(ChildRun.Measurement::cpuMs));
        System.out.println("(CPU: the JVM, the driver and the browser; peak RSS: the JVM alone, the highest of the "
                + "rounds)");
        System.out.println();
        System.out.printf(Locale.ROOT, "%-48s %10s %10s%n", "element appears -> first action, median ms",
                optout.name, raw.name);
        for (String element : ELEMENTS) {
            System.out.printf(Locale.ROOT, "%-48s %10s %10s%n", element, optout.medianAppearToAction(element),
                    raw.medianAppearToAction(element));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--rounds", "6", "--browser", "/usr/bin/chromium",
                "--driver", "/usr/bin/chromedriver"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("--optout") || options.size() != 4
                || !options.get("--rounds").matches("[1-9][0-9]*")) {
            System.err.println("usage: LiveRunBenchmark [--rounds N] --optout LAUNCHER [--browser PATH] "
                    + "[--driver PATH]");
            System.exit(2);
        }
        return options;
    }

    private static void deleteQuietly(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The measurements of one of the two programs. */
    private static final class Side {
        private final String name;
        private final List<ChildRun.Measurement> measurements = new ArrayList<>();
        private final Map<String, List<Double>> appearToAction = new LinkedHashMap<>();

        Side(String name) {
            this.name = name;
        }

        long median(ToLongFunction<ChildRun.Measurement> figure) {
            long[] values = measurements.stream().mapToLong(figure).sorted().toArray();
            int n = values.length;
            return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }

        long maxPeakRssKiB() {
            return measurements.stream().mapToLong(ChildRun.Measurement::peakRssKiB).max().orElse(0);
        }

        String medianAppearToAction(String element) {
            List<Double> values = appearToAction.getOrDefault(element, List.of()).stream().sorted().toList();
            if (values.isEmpty()) {
                return "-";
            }
            int n = values.size();
            double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
            return String.format(Locale.ROOT, "%.0f", median);
        }
    }
}
