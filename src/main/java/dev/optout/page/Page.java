package dev.optout.page;

import dev.optout.pack.Locator;
import dev.optout.pack.Target;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /** Tries the target's locators in order and returns the first element of the first that matches anything. */
    Optional<Match> find(Target target, String language);

    FieldState describe(Element element);

    /** The element's visible text. */
    String textOf(Element element);

    void click(Element element);

    /** Replaces the field's value with {@code text}, typed as keystrokes so the page's own handlers see it. */
    void type(Element element, String text);

    /** Chooses the option with this value in a {@code <select>}, or the radio button with it in a radio group. */
    void chooseOption(Element element, String optionValue);

    /** Ticks a checkbox or picks a radio button, unless it is ticked already. */
    void check(Element element);

    /** Presses a key by its name ({@code Enter}, {@code Escape}, {@code Tab}…), in an element or on the page. */
    void press(Optional<Element> element, String keyName);

    /** Outlines the element with a numbered badge, the evidence a dry run photographs. */
    void highlight(Element element, String badge);

    /** The text of an open JavaScript alert, confirm or prompt, which the tool shows but never answers. */
    Optional<String> openDialogText();

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

    /** Lets the page go on for a moment between two looks at it: the one pause of the one wait loop. */
    void pause(Duration duration);
}
