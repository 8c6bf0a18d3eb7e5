package dev.optout.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The other end of the tool's standard input and output, as {@code expect} is: each answer is given only once the
 * output shows its question, so a tool that reads before it prints (and flushes) its question never gets it. After
 * the last answer the input ends, once: reading again would wait forever at a terminal after Ctrl-D, so it fails the
 * test. A question that never shows fails the test too, with what was printed, instead of hanging.
 */
final class AnswersAfterQuestions {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private record Exchange(String question, String answer) {
    }

    private final Object lock = new Object();
    private final StringBuilder printed = new StringBuilder();
    private final Deque<Exchange> script = new ArrayDeque<>();
    /** Where the next question is looked for: after the one answered last, so a repeated question is seen anew. */
    private int answeredUpTo;
    private boolean ended;

    /** Answers {@code answer} once the output shows {@code question} after the previous one. */
    AnswersAfterQuestions when(String question, String answer) {
        synchronized (lock) {
            script.add(new Exchange(question, answer));
        }
        return this;
    }

    /** What the tool writes to: buffered, so only what it flushed is seen. */
    PrintWriter out() {
        return new PrintWriter(new BufferedWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) {
                synchronized (lock) {
                    printed.append(text, offset, length);
                    lock.notifyAll();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
    }

    /** What the tool reads, decoded as {@link Console#system} decodes standard input. */
    BufferedReader in() {
        return new BufferedReader(new InputStreamReader(new ScriptInput(), StandardCharsets.UTF_8));
    }

    String printed() {
        synchronized (lock) {
            return printed.toString();
        }
    }

    boolean allAnswered() {
        synchronized (lock) {
            return script.isEmpty();
        }
    }

    private final class ScriptInput extends InputStream {
        private byte[] pending = new byte[0];
        private int next;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            synchronized (lock) {
                if (next == pending.length && !nextAnswer()) {
                    return -1;
                }
                int count = Math.min(length, pending.length - next);
                System.arraycopy(pending, next, into, offset, count);
                next += count;
                return count;
            }
        }

        @Override
        public int available() {
            synchronized (lock) {
                return pending.length - next;
            }
        }

        /** Waits for the next question to show, then takes its answer; false at the end of the script. */
        private boolean nextAnswer() {
            if (ended) {
                throw new AssertionError("standard input was read again after it ended (a terminal would wait here "
                        + "for ever); printed:\n" + printed);
            }
            Exchange exchange = script.poll();
            if (exchange == null) {
                ended = true;
                return false;
            }
            Instant deadline = Instant.now().plus(PATIENCE);
            int at;
            while ((at = printed.indexOf(exchange.question(), answeredUpTo)) < 0) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("standard input was read, but the question '" + exchange.question()
                            + "' was not printed (or not flushed) within " + PATIENCE.toSeconds() + " s; printed "
                            + "since the last answer:\n" + printed.substring(answeredUpTo));
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for '" + exchange.question() + "'", e);
                }
            }
            answeredUpTo = at + exchange.question().length();
            pending = (exchange.answer() + "\n").getBytes(StandardCharsets.UTF_8);
            next = 0;
            return true;
        }
    }
}
