package dev.optout.guide;

import java.util.Map;

/**
 * Why each pack the guide offers is worth running, in one line, for the checklist the person ticks. Where the right
 * comes from depends on the region: the GDPR in Europe, the LGPD in Brazil.
 */
public final class PackReasons {

    private static final Map<String, String> WHY = Map.of(
            "facebook-objection", "stops Meta from training its AI on your Facebook posts, photos and comments from "
                    + "now on (it covers every account in the same Accounts Center)",
            "instagram-objection", "stops Meta from training its AI on your Instagram posts, photos and comments "
                    + "from now on",
            "third-party-ai-data", "asks Meta not to use what other websites and sources say about you, e.g. when "
                    + "Meta AI showed it in an answer",
            "off-meta-activity", "stops other businesses' reports of what you do off Facebook and Instagram from "
                    + "being linked to your accounts: less data about you at Meta",
            "meta-ai-chat-deletion", "deletes what you told Meta AI: since 16 December 2025 Meta uses those chats for "
                    + "ads, with no opt-out",
            "privacy-rights-request", "the general channel for an objection, when a dedicated form fails");

    private PackReasons() {
    }

    /** Why to run the pack, or an empty string for a pack the guide has no reason for. */
    public static String why(String packId, RegionClass region) {
        String why = WHY.getOrDefault(packId, "");
        if (packId.endsWith("-objection") && !why.isEmpty()) {
            return why + switch (region) {
                case EUROPE -> "; your right under GDPR Art. 21";
                case BRAZIL -> "; your right under the LGPD (Art. 18 § 2)";
                case OBJECTION_REPORTED, NO_OPT_OUT -> "";
            };
        }
        return why;
    }
}
