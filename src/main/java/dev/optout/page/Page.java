package dev.optout.page;

import dev.optout.pack.Target;
import java.time.Duration;
import java.util.ArrayList;
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
        for (Target target : targets) {
            Optional<Match> match = find(target, language);
            matches.add(match);
            fields.add(describe ? match.map(m -> describe(m.element())) : Optional.empty());
        }
        return new Look(url, pageLanguage, targets.stream().map(Target::name).toList(), matches, fields);
    }

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

    /** Lets the page go on for a moment between two looks at it: the one pause of the one wait loop. */
    void pause(Duration duration);
}
