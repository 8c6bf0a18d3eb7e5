package dev.optout.page;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page in the tool's tab, as the engine sees it: find a pack's targets, act on what was found, read values back.
 * Every method acts once and returns; waiting is the engine's job, so there is exactly one wait loop in the tool.
 * Trouble is reported only as this package's exceptions, never as a browser library's, so the engine can be walked
 * against any page: the real browser, or a model of one in a test.
 */
public interface Page {

    String url();

    /** The primary subtag of {@code <html lang>}, lower case; {@code en} when the page declares none. */
    String language();

    /** Loads a URL and waits for the page to load. */
    void open(String url);

    /**
     * Tries the target's locators in order and returns the first element of the first that matches anything. A
     * locator the page cannot evaluate (a selector the browser rejects, a script error) counts as no match: the next
     * one is tried, and the search lists it with the browser's reason.
     */
    Search search(Target target, String language);

    /** The first element of the first of the target's locators that matches anything. */
    default Optional<Match> find(Target target, String language) {
        return search(target, language).match();
    }

    /**
     * Looks at the page once: its address and language, and for each target what {@link #find} returns, with the
     * element's field state when {@code describe}. A browser does it in one round trip; this default asks call by
     * call, which a model of a page in a test may keep.
     */
    default Look look(List<Target> targets, String language, boolean describe) {
        String url = url();
        String pageLanguage = language();
        List<Optional<Match>> matches = new ArrayList<>();
        List<Optional<FieldState>> fields = new ArrayList<>();
        List<List<BrokenLocator>> broken = new ArrayList<>();
        for (Target target : targets) {
            Search search = search(target, language);
            matches.add(search.match());
            fields.add(describe ? search.match().map(m -> describe(m.element())) : Optional.empty());
            broken.add(search.broken());
        }
        return new Look(url, pageLanguage, targets.stream().map(Target::name).toList(), matches, fields, broken);
    }

    FieldState describe(Element element);

    /** How the page names and shows one element, as {@link #elements} describes each: never its value. */
    ElementFacts facts(Element element);

    /** The element's visible text. */
    String textOf(Element element);

    void click(Element element);

    /**
     * The address of the document that holds the element. Throws {@link ElementStaleException} when that document is
     * no longer the page's (a navigation replaced it) or the page re-rendered the element away.
     */
    String urlOf(Element element);

    /** Empties a text field as a person would (click into it, select all, delete), so typing starts from nothing. */
    void clear(Element element);

    /**
     * Types {@code keys} at the end of the field's value, as keystrokes so the page's own handlers see them. The
     * element is looked up in the page's current document before the first key: when a navigation replaced its
     * document, this throws {@link ElementStaleException} and types nothing. Once the keys are under way they go
     * wherever the page's focus is, so callers keep {@code keys} short and check {@link #urlOf} between calls.
     */
    void append(Element element, String keys);

    /** Chooses the option with this value in a {@code <select>}, or the radio button with it in a radio group. */
    void chooseOption(Element element, String optionValue);

    /** Presses a key by its name ({@code Enter}, {@code Escape}, {@code Tab}…), in an element or on the page. */
    void press(Optional<Element> element, String keyName);

    /** Outlines the element with a numbered badge, the evidence a dry run photographs. */
    void highlight(Element element, String badge);

    /** The text of an open JavaScript alert, confirm or prompt, which the tool shows but never answers. */
    Optional<String> openDialogText();

    /**
     * The browser's tabs, each by an id of the page's own; the tool's current one among them. In a browser the tool
     * attached to, the person's own tabs are listed too.
     */
    Set<String> tabs();

    /**
     * Moves the tool into another tab, one a click of its own opened: from now on every method acts there, and the
     * tab counts as the tool's own (when the tool attached to the person's browser, it closes it at the end).
     */
    void followTab(String tab);

    /** A PNG of what the tab shows. */
    byte[] screenshot();

    /**
     * The page's headings, controls, and elements with visible text of their own, in document order, each described
     * without its value: what a repair chooses among and the outline lists.
     */
    List<PageElement> elements();

    /** Whether {@code locator} finds exactly this one element and no other, as {@link #find} would look. */
    boolean locatesOnly(Locator locator, String language, Element element);

    /**
     * Lets the person point at an element: the element under the pointer is marked, and the next click is taken
     * for the tool alone, so the page's own handlers never see it. Replaces a picker already there.
     */
    void startPicker();

    /** The element the person clicked since {@link #startPicker()}, if any; the picker is removed. */
    Optional<PageElement> takePicked();

    /**
     * What the page says and shows right now, what became of {@code watched} (a form's fields and its button), and
     * what the tab sent since {@code since}: the evidence a send is judged by, in one round trip.
     */
    Observation observe(List<Element> watched, Optional<TrafficMark> since);

    /**
     * A send may follow soon: a browser that reports the tab's requests as they leave may start listening now, in
     * the background, so that the {@link #observe} right before the send need not wait for it.
     */
    default void expectSend() {
    }

    /**
     * The required fields still empty in the form that holds {@code formFields} (the fields a pack fills): visible,
     * usable, none of {@code formFields} nor part of one. The form is the {@code <form>} (or {@code role=form}, or
     * dialog) around them all, else the smallest element that holds them all.
     */
    List<RequiredField> requiredEmptyFields(List<Element> formFields);

    /** Every part of the page that asks the person something now: its dialogs, and the region of a code field. */
    List<PagePrompt> prompts();

    /** Lets the page go on for a moment between two looks at it: the one pause of the one wait loop. */
    void pause(Duration duration);
}
