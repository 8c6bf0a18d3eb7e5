package dev.optout.replica;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the browser sent to the replica, in arrival order. Safe to read from a test while the server writes. */
public final class Recorder {
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final List<Keystroke> keystrokes = new CopyOnWriteArrayList<>();

    void record(Submission submission) {
        submissions.add(submission);
    }

    void record(Keystroke keystroke) {
        keystrokes.add(keystroke);
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    public long submissionCount(String form) {
        return submissions.stream().filter(s -> s.form().equals(form)).count();
    }

    public List<Keystroke> keystrokes() {
        return List.copyOf(keystrokes);
    }

    public long keystrokesOnPath(String pathPrefix) {
        return keystrokes.stream().filter(k -> k.path().startsWith(pathPrefix)).count();
    }

    public void clear() {
        submissions.clear();
        keystrokes.clear();
    }
}
