package dev.optout.page;

import java.util.List;

/**
 * A part of the page that asks the person something: a dialog ({@code role=dialog|alertdialog}, an open
 * {@code <dialog>}), or the region around a field for a one-time code outside any dialog. What it holds is told
 * by structure, never by its words, so the engine can tell a question it may answer from one only a person may.
 *
 * @param dialog    a dialog, not a region of the page
 * @param heading   its title (its heading, or what names it), empty when none
 * @param text      its visible text, whitespace-normalised and shortened
 * @param buttons   its visible buttons, in document order
 * @param fields    the accessible names of the visible fields in it (text fields, checkboxes, lists)
 * @param frame     it holds a frame: another site's content, as a captcha is
 * @param codeInput it holds a field for a one-time code ({@code autocomplete="one-time-code"})
 */
public record PagePrompt(boolean dialog, String heading, String text, List<Button> buttons, List<String> fields,
                         boolean frame, boolean codeInput) {

    public PagePrompt {
        buttons = List.copyOf(buttons);
        fields = List.copyOf(fields);
    }

    /**
     * A button of the prompt.
     *
     * @param name   its accessible name
     * @param submit a {@code type=submit} button, the one a form's Enter would press
     */
    public record Button(Element element, String name, boolean submit) {
    }

    /** The title, then what it says, as one quote: what the person reads, without its buttons' names at the end. */
    public String inWords() {
        String body = text;
        for (int i = buttons.size() - 1; i >= 0; i--) {
            String name = buttons.get(i).name();
            if (!name.isBlank() && body.endsWith(name)) {
                body = body.substring(0, body.length() - name.length()).strip();
            }
        }
        if (body.isEmpty()) {
            body = text;
        }
        if (heading.isBlank()) {
            return body;
        }
        if (body.startsWith(heading)) {
            body = body.substring(heading.length()).strip();
        }
        return body.isEmpty() ? heading : heading + ": " + body;
    }
}
