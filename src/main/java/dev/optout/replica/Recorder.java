package dev.optout.replica;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the browser sent to the replica, in arrival order. Safe to read from a test while the server writes. */
public final class Recorder {
    private final List<Submission> submissions = new CopyOnWriteArrayList<>();
    private final List<Keystroke> keystrokes = new CopyOnWriteArrayList<>();
    private final List<ElementTimestamp> timestamps = new CopyOnWriteArrayList<>();
    private final List<Decoy> decoys = new CopyOnWriteArrayList<>();

    void record(Submission submission) {
        submissions.add(submission);
    }

    void record(Keystroke keystroke) {
        keystrokes.add(keystroke);
    }

    void record(ElementTimestamp timestamp) {
        timestamps.add(timestamp);
    }

    void record(Decoy decoy) {
        decoys.add(decoy);
    }

    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    /** Every send of one form (see the {@link Submission} constants), failed attempts included. */
    public List<Submission> submissionsTo(String form) {
        return submissions.stream().filter(s -> s.form().equals(form)).toList();
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

    /** Key presses on pages of {@code origin}, e.g. {@code http://localhost:43123}: what reached that host. */
    public long keystrokesOn(String origin) {
        return keystrokes.stream().filter(k -> k.origin().equals(origin)).count();
    }

    /** Key presses into the field with this aria-label, caption or name, on any host. */
    public long keystrokesInto(String field) {
        return keystrokes.stream().filter(k -> k.field().equals(field)).count();
    }

    /** Key presses into one field on one host. */
    public long keystrokesOn(String origin, String field) {
        return keystrokes.stream().filter(k -> k.origin().equals(origin) && k.field().equals(field)).count();
    }

    public List<ElementTimestamp> timestamps() {
        return List.copyOf(timestamps);
    }

    /**
     * Milliseconds from the first time {@code element} appeared to the first action on it, on the page's clock;
     * empty until both are recorded.
     */
    public OptionalDouble appearToFirstActionMs(String element) {
        OptionalDouble appeared = first(element, ElementTimestamp.APPEARED);
        OptionalDouble acted = first(element, ElementTimestamp.FIRST_ACTION);
        if (appeared.isEmpty() || acted.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(acted.getAsDouble() - appeared.getAsDouble());
    }

    private OptionalDouble first(String element, String event) {
        return timestamps.stream().filter(t -> t.element().equals(element) && t.event().equals(event))
                .mapToDouble(ElementTimestamp::at).findFirst();
    }

    /** Actions on the noise's decoys (the clone of a form, the off-screen menu, the hidden Send), in arrival order. */
    public List<Decoy> decoys() {
        return List.copyOf(decoys);
    }

    public void clear() {
        submissions.clear();
        keystrokes.clear();
        timestamps.clear();
        decoys.clear();
    }
}
