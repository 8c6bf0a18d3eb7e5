package dev.optout.engine;

import dev.optout.pack.Step;
import dev.optout.page.ElementFacts;
import java.util.List;

/**
 * The kind of element a step needs, which decides what a repair may choose: a fill types into a text field, a select
 * chooses in a select, combobox, listbox or radio group, a click presses a button, link, radio or checkbox, a check or
 * uncheck ticks or unticks a checkbox, radio, switch or option (or a checkable menu item), a wait or verify looks for
 * anything visible with text, and a key press goes anywhere.
 */
enum NeededKind {
    FIELD("a text field or textbox"),
    CHOICE("a select, combobox, listbox or radio group"),
    CLICKABLE("a button, link, radio or checkbox"),
    CHECKABLE("a checkbox, radio, switch or option"),
    VISIBLE_TEXT("an element with visible text"),
    /** A key press goes into whatever element the pack names: a message field, a dialog, a button. */
    ANY("a visible element");

    private static final List<String> TEXT_INPUTS = List.of("text", "email", "tel", "url", "search", "number");

    private final String inWords;

    NeededKind(String inWords) {
        this.inWords = inWords;
    }

    String inWords() {
        return inWords;
    }

    static NeededKind of(Step step) {
        if (step instanceof Step.Fill) {
            return FIELD;
        }
        if (step instanceof Step.Select) {
            return CHOICE;
        }
        if (step instanceof Step.Click) {
            return CLICKABLE;
        }
        if (step instanceof Step.Check || step instanceof Step.Uncheck) {
            return CHECKABLE;
        }
        if (step instanceof Step.Press) {
            return ANY;
        }
        return VISIBLE_TEXT;
    }

    boolean accepts(ElementFacts element) {
        return switch (this) {
            case FIELD -> element.tag().equals("textarea")
                    || (element.tag().equals("input") ? TEXT_INPUTS.contains(element.type())
                    : List.of("textbox", "searchbox").contains(element.role()));
            case CHOICE -> element.tag().equals("select")
                    || List.of("combobox", "listbox", "radiogroup").contains(element.role());
            case CLICKABLE -> List.of("button", "link", "radio", "checkbox").contains(element.role());
            case CHECKABLE -> List.of("checkbox", "radio", "switch", "option", "menuitemcheckbox", "menuitemradio")
                    .contains(element.role());
            case VISIBLE_TEXT -> !element.isField() && !element.text().isEmpty();
            case ANY -> true;
        };
    }
}
