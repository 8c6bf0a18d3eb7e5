package dev.optout.page;

import java.util.List;

/**
 * What the page says and shows besides the values of its fields, at one moment: the evidence a send is judged by.
 * Only what a person could perceive counts: a live region that is hidden or empty says nothing, and neither does
 * anything inside an {@code aria-hidden} subtree.
 *
 * @param messages      the text of every visible, non-empty alert, status or live region, in document order
 * @param fieldMessages the page's complaints about single fields: a field marked {@code aria-invalid} with the text
 *                      that describes it, or an alert inside a field's own container
 * @param dialogs       every visible dialog ({@code role=dialog|alertdialog}, an open {@code <dialog>})
 * @param headings      the text of every visible heading
 * @param openFields    the name of every visible, usable, empty field to type into, but the watched ones: what the
 *                      page asks for next
 * @param form          what became of the elements the send was about: its fields and its button
 */
public record PageSignals(List<Message> messages, List<FieldMessage> fieldMessages, List<Dialog> dialogs,
                          List<String> headings, List<String> openFields, FormState form) {

    public PageSignals {
        messages = List.copyOf(messages);
        fieldMessages = List.copyOf(fieldMessages);
        dialogs = List.copyOf(dialogs);
        headings = List.copyOf(headings);
        openFields = List.copyOf(openFields);
    }

    /** A page that says nothing, with none of the watched elements on it. */
    public static PageSignals quiet() {
        return new PageSignals(List.of(), List.of(), List.of(), List.of(), List.of(), FormState.NONE);
    }

    /** What a live region says; an alert is the page raising its voice, a status is it informing. */
    public record Message(Kind kind, String text) {
        public enum Kind { ALERT, STATUS }
    }

    /** A complaint about one field: the field as a person reads its name, and what the page says about it. */
    public record FieldMessage(String field, String text) {
    }

    /**
     * A dialog on the page.
     *
     * @param modal whether it keeps the person from the page behind it ({@code aria-modal}, a modal
     *              {@code <dialog>})
     * @param asks  whether it holds a field to fill or more than one button: it waits for an answer
     */
    public record Dialog(String text, boolean modal, boolean asks) {
    }

    /**
     * The watched elements now.
     *
     * @param watched how many were watched
     * @param shown   how many are still on the page and visible
     * @param enabled how many of those can still be used (not disabled, not inside a disabled or inert container)
     */
    public record FormState(int watched, int shown, int enabled) {
        public static final FormState NONE = new FormState(0, 0, 0);

        /** None of the watched elements shows any more: the page replaced the form. */
        public boolean gone() {
            return watched > 0 && shown == 0;
        }

        /** The form still shows, but none of it can be used. */
        public boolean disabled() {
            return shown > 0 && enabled == 0;
        }
    }
}
