package dev.optout.cli;

import dev.optout.guide.RegionClass;
import dev.optout.guide.Routing;
import dev.optout.report.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens after a run, right for what the pack does and where the person lives: an objection or a request
 * gets Meta's answer by email (within a month under the GDPR, extendable by two; in Brazil the LGPD applies); a
 * setting takes effect at once and no email follows; deleted chats leave nothing to wait for.
 */
final class ClosingAdvice {

    /** What a pack does, as far as what follows it goes. */
    enum Kind { OBJECTION, REQUEST, SETTING, DELETION }

    private static final Map<String, Kind> KINDS = Map.of(
            "facebook-objection", Kind.OBJECTION, "instagram-objection", Kind.OBJECTION,
            "facebook-privacy-center-path", Kind.OBJECTION, "instagram-policy-path", Kind.OBJECTION,
            "whatsapp-objection", Kind.OBJECTION,
            "third-party-ai-data", Kind.REQUEST, "privacy-rights-request", Kind.REQUEST,
            "off-meta-activity", Kind.SETTING,
            "meta-ai-chat-deletion", Kind.DELETION);

    private ClosingAdvice() {
    }

    static Kind kindOf(String packId) {
        return KINDS.getOrDefault(packId, Kind.REQUEST);
    }

    /**
     * What happens next, one sentence each, the most important first.
     *
     * @param country where the person lives (ISO code), when the run knows it
     * @param demo    the run went to the bundled replica, not to Meta
     */
    static List<String> nextSteps(String packId, Outcome outcome, Optional<String> country, boolean demo) {
        if (demo) {
            return List.of("This was a demo against the replica of Meta's pages on this computer: nothing reached "
                    + "Meta. 'optout run " + packId + "' (or 'optout guide') does it for real.");
        }
        return switch (outcome) {
            case CONFIRMED -> afterSend(kindOf(packId), region(country), platformOf(packId));
            case SENT_UNCONFIRMED -> List.of("Do NOT send it again: it may well have reached Meta. Check your email "
                    + "and Meta's Privacy Center (facebook.com/privacy/center) for Meta's answer over the next day.",
                    "'optout history' shows this attempt; a rerun needs --force.");
            case FAILED -> List.of("Meta's page answered with an error, but the request may have reached Meta: check "
                    + "your email and Meta's Privacy Center over the next day before you try again.",
                    "'optout history' shows this attempt; a rerun needs --force.");
            case REFUSED -> List.of("Nothing counts as sent. Correct what Meta's page asks for (its words are above), "
                    + "then run 'optout run " + packId + "' again: no --force needed.");
            case DONE -> List.of("This pack sent nothing, so there is no answer to wait for.");
            case DRY_RUN -> List.of("Nothing was sent. Run it without --dry-run to send it.");
            case DECLINED -> List.of("Nothing was sent. Run it again when you are ready.");
            case STOPPED, ABORTED -> List.of("See the message above for what stopped it. 'optout doctor' checks the "
                    + "browser, and 'optout run " + packId + " --dry-run' shows which step no longer matches.");
        };
    }

    private static List<String> afterSend(Kind kind, Optional<RegionClass> region, String platform) {
        return switch (kind) {
            case SETTING -> List.of("The setting takes effect at once: no email follows. You can check it in "
                    + "Accounts Center, under \"Your information and permissions\".");
            case DELETION -> List.of("The chats are deleted: there is nothing to wait for.");
            case OBJECTION, REQUEST -> answeredByEmail(kind, region, platform);
        };
    }

    private static List<String> answeredByEmail(Kind kind, Optional<RegionClass> region, String platform) {
        String look = "Look for Meta's email (minutes to a day) at the address that was sent, and in Meta's Privacy "
                + "Center (facebook.com/privacy/center); keep this report as proof.";
        if (region.equals(Optional.of(RegionClass.BRAZIL))) {
            return List.of("Meta answers by email. Your right to oppose this processing is in the LGPD (Art. 18 "
                    + "§ 2), and the ANPD is the authority that enforces it.", look, "If Meta refuses or does not "
                    + "answer, object in writing citing the LGPD (Art. 18 § 2), and complain to the ANPD.");
        }
        if (region.equals(Optional.of(RegionClass.EUROPE))) {
            String fallback = kind == Kind.OBJECTION
                    ? "If Meta refuses or does not answer, 'optout letter --platform " + platform + "' writes a GDPR "
                    + "Art. 21 objection to Meta Platforms Ireland's data protection officer."
                    : "If Meta refuses or does not answer, 'optout run privacy-rights-request' and 'optout letter' are "
                    + "the fallbacks.";
            return List.of("Meta must answer within one month (GDPR Art. 12(3)); it may extend that by two more "
                    + "months for complex requests, and must tell you so within the first month.", look, fallback);
        }
        return List.of("Meta answers by email.", look);
    }

    /** The platform a letter would be about: Instagram for its packs, Facebook for the rest. */
    private static String platformOf(String packId) {
        return packId.startsWith("instagram") ? "instagram" : "facebook";
    }

    private static Optional<RegionClass> region(Optional<String> country) {
        return country.map(Routing::classify);
    }
}
