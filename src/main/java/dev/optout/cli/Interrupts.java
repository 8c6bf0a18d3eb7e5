package dev.optout.cli;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM to the tool. The JVM's own handling would run shutdown hooks and exit, leaving the
 * browser the tool started, a half-written proof and no word to the person. Here each signal runs, on the signal's
 * own thread, what the commands under way registered ({@link #whileRunning}), innermost first (stop the browser,
 * keep the proof, say where it stopped; then remove a demo's profile), and exits with 130 or 143. The main thread may
 * be blocked in a prompt or a WebDriver call meanwhile; it is never waited for. A second signal during that clean-up
 * ends the tool at once.
 */
public final class Interrupts {

    /** The two signals, with their exit codes and names. */
    public enum Kind {
        INT(ExitCodes.INTERRUPTED, "SIGINT"),
        TERM(ExitCodes.TERMINATED, "SIGTERM");

        private final int exitCode;
        private final String signalName;

        Kind(int exitCode, String signalName) {
            this.exitCode = exitCode;
            this.signalName = signalName;
        }

        public int exitCode() {
            return exitCode;
        }

        public String signalName() {
            return signalName;
        }
    }

    /** What a command does when the tool is interrupted. */
    @FunctionalInterface
    public interface Stop {
        void stop(Kind signal);
    }

    /** A registration, ended when the command part it covers is over. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Deque<Stop> stops = new ConcurrentLinkedDeque<>();
    private final IntConsumer exit;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Kind received;

    Interrupts(IntConsumer exit) {
        this.exit = exit;
    }

    /** The process's signals, handled here from now on; the JVM exits with the signal's code. */
    public static Interrupts onSignals() {
        Interrupts interrupts = new Interrupts(System::exit);
        for (Kind kind : Kind.values()) {
            Signal.handle(new Signal(kind.name()), signal -> interrupts.deliver(kind));
        }
        return interrupts;
    }

    /** For a command tree no signal reaches (tests run in-process): nothing is ever delivered but by a test. */
    public static Interrupts none() {
        return new Interrupts(code -> {
        });
    }

    /** Runs {@code stop} if the tool is interrupted before the registration is closed. */
    public Registration whileRunning(Stop stop) {
        stops.push(stop);
        return () -> stops.removeFirstOccurrence(stop);
    }

    /** Whether a signal arrived: the main thread then stops doing anything and leaves the end to the signal. */
    public boolean received() {
        return received != null;
    }

    /** The signal's thread: every registered stop, innermost first, then the exit. */
    void deliver(Kind kind) {
        synchronized (this) {
            if (received != null) {
                // The person insists: end now, whatever the clean-up was doing.
                Runtime.getRuntime().halt(kind.exitCode());
            }
            received = kind;
        }
        try {
            for (Stop stop : stops) {
                try {
                    stop.stop(kind);
                } catch (RuntimeException e) {
                    // One stop failing must not keep the others from closing the browser or keeping the proof.
                }
            }
        } finally {
            exit.accept(kind.exitCode());
            // Reached only where the exit does not end the JVM (a test's): the main thread may go on then.
            ended.countDown();
        }
    }

    /**
     * Called by the main thread where it could go on after an interruption: it waits for the signal's thread, which
     * ends the tool, so that nothing more is printed, recorded or sent. Returns at once when no signal arrived.
     */
    public void waitForTheEndIfInterrupted() {
        if (received == null) {
            return;
        }
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
