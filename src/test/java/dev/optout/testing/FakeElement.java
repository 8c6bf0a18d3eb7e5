package dev.optout.testing;

import dev.optout.pack.LocatorKind;
import dev.optout.page.CheckState;
import dev.optout.page.Element;
import dev.optout.page.ElementFacts;
import dev.optout.page.FieldState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One element of an {@link InMemoryPage}: the few facts a pack's locators look at (role, accessible name, label,
 * placeholder, text, test id, name attribute, the CSS or XPath selectors it answers to), the state of a control
 * (value, ticked, options), whether it shows, and what the page does when it is clicked, typed into or sent a key.
 */
public final class FakeElement implements Element {

    private static final Map<String, String> IMPLICIT_ROLES = Map.of("button", "button", "a", "link", "h1", "heading",
            "h2", "heading", "select", "combobox", "dialog", "dialog", "textarea", "textbox");

    final String tag;
    String type = "";
    String role;
    String accessibleName;
    String label;
    String placeholder;
    /** The {@code title} attribute; the text of what {@code aria-describedby} points to; the text before it in its row. */
    String title;
    String describedBy;
    String nearText;
    /** The form, dialog or main it sits in (see {@link FakeStructure}); {@code body} when none. */
    String container = "body";
    String text = "";
    String testId;
    String nameAttribute;
    final Set<String> selectors = new TreeSet<>();
    String value = "";
    boolean checked;
    boolean shown = true;
    boolean editable;
    boolean inBanner;
    final List<FieldState.Option> options = new ArrayList<>();
    /** A typeahead's options, all of them; its list shows those whose text starts as typed, once typed. */
    List<FieldState.Option> offers;
    boolean listOpen;
    /** What a submission calls this field; a field without one is not sent. */
    String field;
    // What the page says besides values: the evidence a send is judged by (see InMemoryPage#observe).
    boolean ariaHidden;
    boolean disabled;
    boolean modal;
    boolean asks;
    /** The page's complaint about this field (aria-invalid with aria-describedby), when it has one. */
    String invalidMessage;
    /** An alert inside this field's own container: the message is about that field. */
    FakeElement aboutField;
    Runnable onClick = () -> { };
    /** What the page's own input and change handlers do when the value is typed or chosen. */
    Runnable onEdit = () -> { };
    final Map<String, Runnable> onKey = new LinkedHashMap<>();
    /** An ARIA choice's state (aria-checked, aria-selected or aria-pressed); null for an element without one. */
    CheckState ariaState;
    /** A select-only combobox: its options show only while its list is open, and its value is the chosen text. */
    boolean selectOnly;
    /** A virtualized list: how many of a select-only combobox's options it renders at a time; 0 renders all. */
    int renderedWindow;
    /** The first option a virtualized list renders. */
    int firstRendered;
    /** The letters typed into a virtualized list to jump, since the last other key. */
    String typedJump = "";
    /** Whether typed letters jump in a virtualized list; a list without type-ahead only scrolls. */
    boolean jumpsOnTyping = true;
    /** What an ARIA choice's own click handler does with its state. */
    ChoiceClick choiceClick = ChoiceClick.IGNORED;
    boolean flipsOnSpace;
    /** What the page lets a person write into this field; a browser refuses keys into a read-only one. */
    FieldState.Limits limits = FieldState.Limits.NONE;
    /** Marked required ({@code required}, {@code aria-required}). */
    boolean required;
    String autocomplete = "";
    /** A dialog's buttons and fields, in document order; and whether it holds a frame (a captcha's). */
    final List<FakeElement> parts = new ArrayList<>();
    boolean frame;

    /** The click handlers of ARIA choices that tests need: none, a flip, the APG tri-state cycle. */
    enum ChoiceClick { IGNORED, FLIPS, CYCLES }

    private FakeElement(String tag) {
        this.tag = tag;
    }

    public static FakeElement of(String tag) {
        return new FakeElement(tag);
    }

    public static FakeElement button(String name) {
        return of("button").text(name);
    }

    public static FakeElement heading(String text) {
        return of("h1").text(text);
    }

    public static FakeElement textbox(String label) {
        return of("input").type("text").label(label);
    }

    public static FakeElement textarea(String label) {
        return of("textarea").label(label);
    }

    public static FakeElement checkbox(String label) {
        return of("input").type("checkbox").label(label);
    }

    /** A {@code <select>} whose options are given as value, text, value, text… */
    public static FakeElement select(String label, String... valuesAndTexts) {
        FakeElement select = of("select").label(label);
        for (int i = 0; i < valuesAndTexts.length; i += 2) {
            select.options.add(new FieldState.Option(valuesAndTexts[i], valuesAndTexts[i + 1], false));
        }
        return select;
    }

    /** A typeahead ({@code input role=combobox}) whose options are given as value, text, value, text… */
    public static FakeElement typeahead(String label, String... valuesAndTexts) {
        FakeElement input = of("input").type("text").role("combobox").label(label);
        input.offers = new ArrayList<>();
        for (int i = 0; i < valuesAndTexts.length; i += 2) {
            input.offers.add(new FieldState.Option(valuesAndTexts[i], valuesAndTexts[i + 1], false));
        }
        return input;
    }

    /**
     * A React choice: a {@code div} with this role ({@code checkbox}, {@code radio}, {@code switch}, {@code option},
     * {@code menuitemcheckbox}…), named by the text of a child span, whose state is its aria-checked. It does nothing
     * when clicked or sent a key until given a handler ({@link #flipsOnClick()}, {@link #cyclesOnClick()},
     * {@link #flipsOnSpaceOnly()}).
     */
    public static FakeElement ariaChoice(String ariaRole, String name, CheckState state) {
        FakeElement choice = of("div").role(ariaRole).named(name).text(name);
        choice.ariaState = state;
        return choice;
    }

    /**
     * A select-only combobox (APG): a {@code div role=combobox} showing {@code shown} until an option is chosen,
     * whose list opens on a click and offers options given as value, text, value, text…; clicking an option shows
     * its text and closes the list.
     */
    public static FakeElement selectOnly(String label, String shown, String... valuesAndTexts) {
        FakeElement combobox = of("div").role("combobox").label(label).value(shown);
        combobox.selectOnly = true;
        for (int i = 0; i < valuesAndTexts.length; i += 2) {
            combobox.options.add(new FieldState.Option(valuesAndTexts[i], valuesAndTexts[i + 1], false));
        }
        return combobox;
    }

    /**
     * A select-only combobox whose list renders only {@code window} options at a time, as Meta's menus do: from the
     * chosen one (else the first) when it opens; typed letters jump to the first option whose text starts with them,
     * PageDown shows the next {@code window}, Home the first.
     */
    public FakeElement virtualList(int window) {
        renderedWindow = window;
        return this;
    }

    /** A virtualized list that ignores typed letters: only scrolling shows more of it. */
    public FakeElement withoutTypeAhead() {
        jumpsOnTyping = false;
        return this;
    }

    private void scrollVirtualList(String key) {
        int last = Math.max(0, options.size() - renderedWindow);
        if (key.codePointCount(0, key.length()) == 1 && Character.isLetter(key.codePointAt(0))) {
            if (!jumpsOnTyping) {
                return;
            }
            typedJump += key.toLowerCase(Locale.ROOT);
            for (int i = 0; i < options.size(); i++) {
                if (normalise(options.get(i).text()).startsWith(typedJump)) {
                    firstRendered = Math.min(i, last);
                    return;
                }
            }
            return;
        }
        typedJump = "";
        if (key.equals("PageDown")) {
            firstRendered = Math.min(firstRendered + renderedWindow, last);
        } else if (key.equals("Home")) {
            firstRendered = 0;
        }
    }

    /** A click ticks it when unticked and unticks it when ticked; a partly ticked box becomes ticked. */
    public FakeElement flipsOnClick() {
        choiceClick = ChoiceClick.FLIPS;
        return this;
    }

    /** A tri-state checkbox as the APG's: each click goes mixed → ticked → unticked → mixed. */
    public FakeElement cyclesOnClick() {
        choiceClick = ChoiceClick.CYCLES;
        return this;
    }

    /** A widget whose click handler is broken: only Space, pressed in it, changes its state. */
    public FakeElement flipsOnSpaceOnly() {
        choiceClick = ChoiceClick.IGNORED;
        flipsOnSpace = true;
        return this;
    }

    public CheckState ariaState() {
        return ariaState;
    }

    /** The page sets the ARIA state, as its own handlers do. */
    public FakeElement ariaState(CheckState state) {
        this.ariaState = state;
        return this;
    }

    private void flip() {
        ariaState = ariaState == CheckState.CHECKED ? CheckState.UNCHECKED : CheckState.CHECKED;
    }

    /**
     * What a click does: a native checkbox toggles and a radio is picked, as a browser does; an ARIA choice does what
     * its page's handler does; a select-only combobox opens or closes its list; then the click handler a test gave.
     */
    void activate() {
        if (tag.equals("input") && type.equals("checkbox")) {
            checked = !checked;
        } else if (tag.equals("input") && type.equals("radio")) {
            checked = true;
        } else if (selectOnly) {
            listOpen = !listOpen;
            typedJump = "";
            int chosen = options.stream().map(FieldState.Option::text).toList().indexOf(value);
            firstRendered = Math.max(0, Math.min(chosen, options.size() - renderedWindow));
        }
        switch (choiceClick) {
            case FLIPS -> flip();
            case CYCLES -> ariaState = switch (ariaState) {
                case MIXED -> CheckState.CHECKED;
                case CHECKED -> CheckState.UNCHECKED;
                default -> CheckState.MIXED;
            };
            case IGNORED -> { }
        }
        onClick.run();
    }

    /** A key pressed in the element: what its page does with it. */
    void keyPressed(String key) {
        if (flipsOnSpace && key.equals("Space")) {
            flip();
        }
        if (renderedWindow > 0 && listOpen) {
            scrollVirtualList(key);
        }
        java.util.Optional.ofNullable(onKey.get(key)).ifPresent(Runnable::run);
    }

    public FakeElement type(String inputType) {
        this.type = inputType;
        return this;
    }

    public FakeElement role(String ariaRole) {
        this.role = ariaRole;
        return this;
    }

    public FakeElement named(String name) {
        this.accessibleName = name;
        return this;
    }

    public FakeElement label(String text) {
        this.label = text;
        return this;
    }

    public FakeElement placeholder(String text) {
        this.placeholder = text;
        return this;
    }

    public FakeElement title(String tooltip) {
        this.title = tooltip;
        return this;
    }

    /** The text of the element its {@code aria-describedby} points to. */
    public FakeElement describedBy(String description) {
        this.describedBy = description;
        return this;
    }

    /** The text just before it in its row, tied to it by no label. */
    public FakeElement nearText(String caption) {
        this.nearText = caption;
        return this;
    }

    public FakeElement autocomplete(String token) {
        this.autocomplete = token;
        return this;
    }

    /** It sits in this form, dialog or main (by a name the test gives); every element is in {@code body} unless. */
    public FakeElement in(String formOrDialog) {
        this.container = formOrDialog;
        return this;
    }

    public FakeElement text(String visibleText) {
        this.text = visibleText;
        return this;
    }

    public FakeElement testId(String id) {
        this.testId = id;
        return this;
    }

    public FakeElement nameAttribute(String name) {
        this.nameAttribute = name;
        return this;
    }

    /** A CSS or XPath selector that finds this element (the model does not parse selectors, it lists them). */
    public FakeElement answers(String selector) {
        selectors.add(selector);
        return this;
    }

    public FakeElement value(String text) {
        this.value = text;
        return this;
    }

    public FakeElement editable() {
        this.editable = true;
        return this;
    }

    /** The element sits in the page's header, where Meta shows the person's name. */
    public FakeElement inBanner() {
        this.inBanner = true;
        return this;
    }

    public FakeElement hidden() {
        this.shown = false;
        return this;
    }

    /** The page shows or hides it (display), keeping what it holds: a form in parts moving on. */
    public FakeElement shown(boolean visible) {
        this.shown = visible;
        return this;
    }

    /** Inside an {@code aria-hidden} subtree: no person perceives it, so it says nothing. */
    public FakeElement ariaHidden() {
        this.ariaHidden = true;
        return this;
    }

    /** A field marked {@code readonly} (or {@code aria-readonly}): it shows its value and takes no keys. */
    public FakeElement readOnly() {
        limits = new FieldState.Limits(true, limits.disabled(), limits.required(), limits.maxLength());
        return this;
    }

    /** A field marked {@code required} (or {@code aria-required}). */
    public FakeElement required() {
        required = true;
        limits = new FieldState.Limits(limits.readOnly(), limits.disabled(), true, limits.maxLength());
        return this;
    }

    /** A field with {@code maxlength}: the browser drops every character past the limit. */
    public FakeElement maxLength(int characters) {
        limits = new FieldState.Limits(limits.readOnly(), limits.disabled(), limits.required(), characters);
        return this;
    }

    public FakeElement disabled() {
        this.disabled = true;
        return this;
    }

    /** A dialog that keeps the person from the page behind it. */
    public FakeElement modal() {
        this.modal = true;
        return this;
    }

    /** A dialog holding these buttons and fields (each shown on the page by itself too). */
    public FakeElement holding(FakeElement... inside) {
        parts.addAll(List.of(inside));
        return this;
    }

    /** A dialog holding a frame: another site's page, as a captcha is. */
    public FakeElement holdingFrame() {
        this.frame = true;
        return this;
    }

    /** A dialog that waits for an answer: it holds a field, or more than one button. */
    public FakeElement asking() {
        this.asks = true;
        return this;
    }

    /** The page marks this field {@code aria-invalid} and describes it with {@code message}. */
    public FakeElement invalid(String message) {
        this.invalidMessage = message;
        return this;
    }

    /** This message (an alert) sits in {@code field}'s own container: it is about that field. */
    public FakeElement about(FakeElement field) {
        this.aboutField = field;
        return this;
    }

    public FakeElement field(String submittedAs) {
        this.field = submittedAs;
        return this;
    }

    public FakeElement onClick(Runnable action) {
        this.onClick = action;
        return this;
    }

    public FakeElement onEdit(Runnable action) {
        this.onEdit = action;
        return this;
    }

    public FakeElement onKey(String key, Runnable action) {
        onKey.put(key, action);
        return this;
    }

    public String currentValue() {
        return value;
    }

    public boolean isChecked() {
        return checked;
    }

    /** A fresh copy with the starting state, as a framework that re-mounts a form creates it. */
    FakeElement remounted() {
        FakeElement copy = new FakeElement(tag);
        copy.type = type;
        copy.role = role;
        copy.accessibleName = accessibleName;
        copy.label = label;
        copy.placeholder = placeholder;
        copy.title = title;
        copy.describedBy = describedBy;
        copy.nearText = nearText;
        copy.autocomplete = autocomplete;
        copy.container = container;
        copy.text = text;
        copy.testId = testId;
        copy.nameAttribute = nameAttribute;
        copy.selectors.addAll(selectors);
        copy.shown = shown;
        copy.editable = editable;
        copy.inBanner = inBanner;
        options.forEach(o -> copy.options.add(new FieldState.Option(o.value(), o.text(), false)));
        copy.offers = offers == null ? null : new ArrayList<>(offers);
        copy.field = field;
        copy.ariaHidden = ariaHidden;
        copy.disabled = disabled;
        copy.modal = modal;
        copy.asks = asks;
        copy.onClick = onClick;
        copy.onEdit = onEdit;
        copy.onKey.putAll(onKey);
        copy.ariaState = ariaState;
        copy.selectOnly = selectOnly;
        copy.renderedWindow = renderedWindow;
        copy.jumpsOnTyping = jumpsOnTyping;
        copy.choiceClick = choiceClick;
        copy.flipsOnSpace = flipsOnSpace;
        return copy;
    }

    /** Whether a locator of this kind, with this text (and ARIA role), finds the element; as locate.js compares. */
    boolean matches(LocatorKind kind, String wanted, String wantedRole) {
        return switch (kind) {
            case ROLE -> wantedRole.equals(role()) && (wanted.isEmpty() || same(accessibleName(), wanted));
            case LABEL -> label != null && same(label, wanted);
            case PLACEHOLDER -> wanted.equals(placeholder);
            case TITLE -> title != null && same(title, wanted);
            case DESCRIBED_BY -> describedBy != null && same(describedBy, wanted);
            case NEAR_TEXT -> nearText != null && FakeStructure.isField(this) && same(nearText, wanted);
            // The page as a whole decides (see FakeStructure).
            case STRUCTURE -> false;
            case TEXT -> same(text, wanted);
            case TESTID -> wanted.equals(testId);
            case NAME -> wanted.equals(nameAttribute);
            case CSS, XPATH -> selectors.contains(wanted);
        };
    }

    /** The element's role, as a locator or a screen reader takes it: its own, else its tag's. */
    String effectiveRole() {
        String known = role();
        return known == null ? "" : known;
    }

    /** The field's name as a person reads it: its label, else its accessible name, else its placeholder. */
    String fieldName() {
        return label != null ? label : accessibleName != null ? accessibleName : placeholder != null ? placeholder
                : tag;
    }

    /** The text a message, dialog or heading shows. */
    String shownText() {
        return text.isBlank() && accessibleName != null ? accessibleName : text;
    }

    /** What the repair and the outline may know of this element, as elements.js reports it: never its value. */
    ElementFacts facts() {
        boolean field = List.of("input", "textarea", "select").contains(tag) || editable;
        String name = accessibleName != null ? accessibleName : label != null ? label
                : field ? (placeholder == null ? "" : placeholder) : text;
        return new ElementFacts(tag, role() == null ? "" : role(), name, label == null ? "" : label,
                tag.equals("input") ? (type.isEmpty() ? "text" : type) : "", nameAttribute == null ? "" : nameAttribute,
                testId == null ? "" : testId, placeholder == null ? "" : placeholder, field ? "" : text, inBanner,
                title == null ? "" : title, field && nearText != null ? nearText : "");
    }

    FieldState state() {
        if (selectOnly) {
            List<FieldState.Option> rendered = renderedWindow == 0 ? options
                    : options.subList(firstRendered, Math.min(firstRendered + renderedWindow, options.size()));
            List<FieldState.Option> listed = !listOpen ? List.of() : rendered.stream()
                    .map(o -> new FieldState.Option(o.value(), o.text(), o.text().equals(value))).toList();
            return new FieldState("select-only", "", "combobox", false, value, CheckState.NONE, listOpen, listed);
        }
        if (ariaState != null) {
            return new FieldState(tag, type, role(), false, null, ariaState, false, List.of());
        }
        if (offers != null) {
            List<FieldState.Option> listed = !listOpen ? List.of() : offers.stream()
                    .filter(o -> normalise(o.text()).startsWith(normalise(value))).toList();
            return new FieldState("combobox", type, false, value, false, listed);
        }
        String shownValue = editable ? text : value;
        List<FieldState.Option> now = options.stream()
                .map(o -> new FieldState.Option(o.value(), o.text(), o.value().equals(value))).toList();
        boolean choice = tag.equals("input") && List.of("checkbox", "radio").contains(type);
        return new FieldState(tag, type, role() == null ? "" : role(), editable, shownValue,
                !choice ? CheckState.NONE : checked ? CheckState.CHECKED : CheckState.UNCHECKED, false, now,
                new FieldState.Limits(limits.readOnly(), limits.disabled() || disabled, limits.required(),
                        limits.maxLength()));
    }

    private String role() {
        if (role != null) {
            return role;
        }
        if (tag.equals("input")) {
            return switch (type) {
                case "checkbox", "radio" -> type;
                case "button", "submit" -> "button";
                default -> "textbox";
            };
        }
        return IMPLICIT_ROLES.get(tag);
    }

    private String accessibleName() {
        if (accessibleName != null) {
            return accessibleName;
        }
        return label != null ? label : text;
    }

    private static boolean same(String actual, String wanted) {
        return actual != null && normalise(actual).equals(normalise(wanted));
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "<" + tag + "> " + (label != null ? label : text);
    }
}
