package dev.optout.replica;

import java.time.Instant;
import java.util.Map;

/**
 * One form the browser sent to the replica.
 *
 * @param form   which form: {@code "objection"} or {@code "code"} for Facebook's objection form and its 2024 code
 *               page, {@code "instagram-objection"} or {@code "instagram-code"} for Instagram's
 * @param fields the JSON fields as the page's script posted them
 * @param at     when the replica received it
 */
public record Submission(String form, Map<String, String> fields, Instant at) {
    public static final String OBJECTION = "objection";
    public static final String CODE = "code";
    public static final String INSTAGRAM_OBJECTION = "instagram-objection";
    public static final String INSTAGRAM_CODE = "instagram-code";

    public Submission {
        fields = Map.copyOf(fields);
    }
}
