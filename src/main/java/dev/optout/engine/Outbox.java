package dev.optout.engine;

import dev.optout.report.RunRecord.SentField;
import java.util.ArrayList;
import java.util.List;

/** What the run filled and will send with the next submit, and what it has sent: the proof the report keeps. */
final class Outbox {

    private final List<FilledField> pending = new ArrayList<>();
    private final List<SentField> sent = new ArrayList<>();

    /** A field filled (or left as the page filled it); filling the same target again replaces it. */
    void record(FilledField field) {
        pending.removeIf(f -> f.target().equals(field.target()));
        pending.add(field);
    }

    List<FilledField> pending() {
        return List.copyOf(pending);
    }

    /**
     * After a submit: the pending fields, as the page held them right before it ({@code held}), are now sent to
     * {@code host}. The host is read before the send: afterwards the page may be busy with a dialog of its own.
     */
    void send(List<FilledField> held, String host) {
        for (FilledField field : held) {
            // An empty field sent nothing: the record says so with an empty value, not a placeholder.
            String value = field.shownValue().isBlank() ? "" : Redaction.shown(field);
            sent.add(new SentField(field.label(), value, host));
        }
        pending.clear();
    }

    List<SentField> sent() {
        return List.copyOf(sent);
    }
}
