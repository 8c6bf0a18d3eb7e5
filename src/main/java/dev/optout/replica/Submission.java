package dev.optout.replica;

import java.time.Instant;
import java.util.Map;

/**
 * One form the browser sent to the replica.
 *
 * @param form   which form: one of the constants below
 * @param fields the JSON fields as the page's script posted them
 * @param at     when the replica received it
 */
public record Submission(String form, Map<String, String> fields, Instant at) {
    public static final String OBJECTION = "objection";
    public static final String CODE = "code";
    public static final String THIRD_PARTY_AI_DATA = "third-party-ai-data";
    public static final String PRIVACY_RIGHTS_REQUEST = "privacy-rights-request";
    public static final String META_AI_DELETE_ALL_CHATS = "meta-ai-delete-all-chats";
    public static final String MESSENGER_MESSAGE = "messenger-message";
    public static final String OFF_META_FUTURE_ACTIVITY = "off-meta-future-activity";
    public static final String INSTAGRAM_OBJECTION = "instagram-objection";
    public static final String INSTAGRAM_CODE = "instagram-code";
    /** Accounts Center's "Activity from other businesses" (2026), its "Save". */
    public static final String ACTIVITY_FROM_OTHER_BUSINESSES = "activity-from-other-businesses";
    /** help.meta.com's privacy request (2026), its "Submit". */
    public static final String META_PRIVACY_REQUEST = "meta-privacy-request";
    /** WhatsApp's Data Subject Rights Request, its "Send". */
    public static final String WHATSAPP_RIGHTS_REQUEST = "whatsapp-rights-request";

    public Submission {
        fields = Map.copyOf(fields);
    }
}
