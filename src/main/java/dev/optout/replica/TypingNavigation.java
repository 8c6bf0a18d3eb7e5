package dev.optout.replica;

import java.util.Objects;

/**
 * A page that navigates away while a field is being typed into (reliability #8, issue 7.1): once one field has
 * received {@code afterKeystrokes} key presses, the page goes to {@code url}. Tests point {@code url} at
 * {@code http://localhost:PORT/…}, the same replica under a host the pack does not allow.
 *
 * @param url             where the page goes
 * @param afterKeystrokes how many key presses into one field trigger it, at least 1
 * @param field           the field's aria-label or name, or {@code null} for whichever field reaches the count first
 */
public record TypingNavigation(String url, int afterKeystrokes, String field) {
    public TypingNavigation {
        Objects.requireNonNull(url, "url");
        if (afterKeystrokes < 1) {
            throw new IllegalArgumentException("afterKeystrokes must be at least 1, was: " + afterKeystrokes);
        }
    }
}
