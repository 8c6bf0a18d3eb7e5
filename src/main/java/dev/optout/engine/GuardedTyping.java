package dev.optout.engine;

import dev.optout.page.Element;
import dev.optout.page.ElementStaleException;
import dev.optout.page.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Types a value so that it cannot leak to another host: in chunks of at most {@value #CHUNK} characters, with the
 * field's document checked before each chunk (the page finds the field in its current document before the first key
 * of a chunk, or says it is stale) and the document and its host before the first chunk and after the last. A
 * document keeps its origin, so the same document means the same host. Keys sent in one go reach whatever
 * document holds the focus when they arrive, so a page that navigates during the typing would receive the rest of
 * the value; here a navigation stops the typing at the next check, and at most the one chunk under way at that moment
 * can have reached the new page. Real keystrokes, not a value set by script: the page's own key, input and change
 * handlers (typeaheads, React's controlled fields) see what a person's typing makes them see.
 */
final class GuardedTyping {

    /**
     * The most characters that can reach a page that replaced the field's during one chunk. Each chunk is a round
     * trip to the browser: a 2,000-character reason typed into the replica takes 3–5 s in one go and 10–16 s in
     * chunks of 16 on a busy two-core machine; the default reasons (about 230 characters) take a second or two.
     */
    static final int CHUNK = 16;

    private final Page page;
    private final OriginGuard origins;

    GuardedTyping(Page page, OriginGuard origins) {
        this.page = page;
        this.origins = origins;
    }

    /**
     * Replaces the field's value with {@code field}'s. A re-render of the field on an allowed host surfaces as
     * {@link ElementStaleException}, for the caller to find the field again and type the whole value anew.
     *
     * @throws SafetyAbortException when the field's document was replaced by one on a host the pack may not use
     */
    void type(Element element, FilledField field) {
        type(element, field.target(), field.value().orElseThrow());
    }

    /** Replaces the value of the field {@code target} with {@code text}, as {@link #type(Element, FilledField)}. */
    void type(Element element, String target, String text) {
        checkStillThere(element, target, 0);
        page.clear(element);
        int uncertain = 0;
        for (String chunk : chunks(text)) {
            try {
                // The page looks the field up in its current document before the first key: that is the check
                // between two chunks, and a document that changed during the last one fails it.
                page.append(element, chunk);
            } catch (ElementStaleException replaced) {
                throw stopped(replaced, target, uncertain);
            }
            uncertain = chunk.codePointCount(0, chunk.length());
        }
        checkStillThere(element, target, uncertain);
    }

    /**
     * The field is still in the document typing began in, on an allowed host; else typing stops here.
     *
     * @param uncertain how many characters were typed since the document was last seen unchanged: they may have
     *                  gone to a new one
     */
    private void checkStillThere(Element element, String target, int uncertain) {
        String url;
        try {
            url = page.urlOf(element);
        } catch (ElementStaleException e) {
            throw stopped(e, target, uncertain);
        }
        origins.foreignOrigin(url).ifPresent(foreign -> {
            throw new SafetyAbortException(origins.notAllowed(foreign) + "; refusing to type there: "
                    + "nothing was typed on " + foreign + ".", target);
        });
    }

    /**
     * The field's document is gone. On a host the pack may not use, the run stops, saying what may have reached it;
     * on an allowed one the field was re-rendered or the page moved within Meta, and the caller tries again.
     */
    private RuntimeException stopped(ElementStaleException e, String target, int uncertain) {
        String url = page.url();
        return origins.foreignOrigin(url).<RuntimeException>map(foreign -> new SafetyAbortException(
                origins.notAllowed(foreign) + "; it went there while optout was typing into '"
                        + target + "', and optout stopped typing at once: " + (uncertain == 0
                        ? "nothing was typed on " + foreign + "."
                        : "up to " + uncertain + " characters of '" + target + "' may have reached "
                        + foreign + "."), target))
                .orElse(e);
    }

    /** The text cut into chunks of at most {@link #CHUNK} characters, never inside a surrogate pair. */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.offsetByCodePoints(start, Math.min(CHUNK, text.codePointCount(start, text.length())));
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
