package dev.optout.engine;

import dev.optout.report.RunRecord.SentField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the run filled and will send with the next submit, and what it has sent: the proof the report keeps. Read by
 * the thread that handles an interruption too, so every method holds the lock.
 */
final class Outbox {

    private final List<FilledField> pending = new ArrayList<>();
    private final List<SentField> sent = new ArrayList<>();
    /** Targets of pending fields in a part of the form the page no longer shows (see {@link #leaveBehind}). */
    private final Set<String> leftBehind = new HashSet<>();
    private int lastSendSize;

    /** A field filled (or left as the page filled it); filling the same target again replaces it. */
    synchronized void record(FilledField field) {
        pending.removeIf(f -> f.target().equals(field.target()));
        pending.add(field);
        leftBehind.remove(field.target());
    }

    synchronized List<FilledField> pending() {
        return List.copyOf(pending);
    }

    /**
     * The pending fields the page still shows: all but those a form in parts left behind, which can no longer be read
     * back, only sent.
     */
    synchronized List<FilledField> onPage() {
        return pending.stream().filter(f -> !leftBehind.contains(f.target())).toList();
    }

    /** Whether the field was filled in a part of the form the page no longer shows. */
    synchronized boolean isLeftBehind(String target) {
        return leftBehind.contains(target);
    }

    /**
     * A form in parts moves on (its "Next"): the fields filled so far, as the page held them right before
     * ({@code held}), stay pending, to go with the send, but are no longer on the page to read back.
     */
    synchronized void leaveBehind(List<FilledField> held) {
        for (FilledField field : held) {
            pending.replaceAll(f -> f.target().equals(field.target()) ? field : f);
            leftBehind.add(field.target());
        }
    }

    /**
     * After a submit: the pending fields, as the page held them right before it ({@code held}), are now sent to
     * {@code host}. The host is read before the send: afterwards the page may be busy with a dialog of its own.
     */
    synchronized void send(List<FilledField> held, String host) {
        for (FilledField field : held) {
            // An empty field sent nothing: the record says so with an empty value, not a placeholder.
            String value = field.shownValue().isBlank() ? "" : Redaction.shown(field);
            sent.add(new SentField(field.label(), value, host));
        }
        lastSendSize = held.size();
        pending.clear();
    }

    /**
     * Meta's page refused the last send: its fields were not sent after all. They are pending again, as the page
     * still holds them, so that the record shows nothing sent and a correction could still go out.
     */
    synchronized void refused(List<FilledField> held) {
        sent.subList(sent.size() - lastSendSize, sent.size()).clear();
        lastSendSize = 0;
        pending.clear();
        pending.addAll(held);
    }

    synchronized List<SentField> sent() {
        return List.copyOf(sent);
    }
}
