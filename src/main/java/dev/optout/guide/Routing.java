package dev.optout.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table that says which opt-out paths apply where, and under which law (meta-flows §1 and §7, as of 2026),
 * and so which packs the guide runs. Facebook Pages cannot object: each person objects for themselves, which is why
 * routing is by person and app.
 */
public final class Routing {

    /** The EU's 27 member states. */
    static final Set<String> EU = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** Where the GDPR's right to object reaches: the EU, the EEA's three, the UK (its UK GDPR) and Switzerland. */
    static final Set<String> EUROPE = union(EU, Set.of("NO", "IS", "LI", "GB", "CH"));

    static final Set<String> BRAZIL = Set.of("BR");

    /** Reportedly offered Meta's objection forms too; nobody has verified it. */
    static final Set<String> OBJECTION_REPORTED = Set.of("JP", "KR");

    /**
     * Where Meta does not use conversations with Meta AI for ads and content (from 16 December 2025): the EU, the UK
     * and South Korea [verified]. Everywhere else it does, with no opt-out.
     */
    static final Set<String> AI_CHATS_NOT_USED_FOR_ADS = union(EU, Set.of("GB", "KR"));

    private static final Map<RegionClass, String> EXPLANATIONS = Map.of(
            RegionClass.EUROPE,
            "Where you live, the GDPR (Art. 21) gives you a right to object, and Meta's forms take the objection. "
                    + "One objection covers every account in the same Accounts Center, and it stops future use: an "
                    + "objection sent after 26 May 2025 does not undo training that already happened.",
            RegionClass.BRAZIL,
            "In Brazil, the LGPD (Art. 18 § 2) gives you a right to oppose processing that Meta bases on its "
                    + "legitimate interest, and since the 2024 ANPD ruling Meta's objection forms take it. Meta "
                    + "trains on public data from Brazil since 16 December 2025; one objection covers the accounts "
                    + "in the same Accounts Center and stops future use.",
            RegionClass.OBJECTION_REPORTED,
            "Where you live, Meta is reported to take objections to AI training through the same forms as in "
                    + "Europe and Brazil. One objection would cover the accounts in the same Accounts Center and "
                    + "stop future use.",
            RegionClass.NO_OPT_OUT,
            "Where you live, Meta offers no opt-out of AI training. You can delete what you told Meta AI, ask "
                    + "Meta not to use what third parties hold about you, and make your accounts private so that "
                    + "less of what you post is public.");

    private static final String REPORTED_ONLY = "This route is reported, not verified: if a form does not show or "
            + "refuses your country, Meta takes no objection where you live, and nothing was sent.";

    private static final String AI_CHATS_FOR_ADS = "Since 16 December 2025 Meta uses your conversations with Meta "
            + "AI to personalise the ads and content you see, with no opt-out where you live: deleting those chats "
            + "('optout run meta-ai-chat-deletion') is the one lever left.";

    private static final Map<RegionClass, String> FALLBACKS = Map.of(
            RegionClass.EUROPE,
            "If a form fails, 'optout run privacy-rights-request' is the fallback, and 'optout letter' writes a "
                    + "GDPR objection letter.",
            RegionClass.BRAZIL,
            "If a form fails, 'optout letter --lang pt' writes an objection letter under the LGPD (Art. 18 § 2) to "
                    + "Facebook Serviços Online do Brasil.");

    private Routing() {
    }

    public static RegionClass classify(String isoCountry) {
        String code = isoCountry.toUpperCase(Locale.ROOT);
        if (EUROPE.contains(code)) {
            return RegionClass.EUROPE;
        }
        if (BRAZIL.contains(code)) {
            return RegionClass.BRAZIL;
        }
        return OBJECTION_REPORTED.contains(code) ? RegionClass.OBJECTION_REPORTED : RegionClass.NO_OPT_OUT;
    }

    /** Whether Meta uses a person's chats with Meta AI for ads and content where they live. */
    public static boolean aiChatsUsedForAds(String isoCountry) {
        return !AI_CHATS_NOT_USED_FOR_ADS.contains(isoCountry.toUpperCase(Locale.ROOT));
    }

    /** A pack and the apps that make it worth running; an empty set means it applies whatever apps are used. */
    private record Route(String pack, Set<Platform> forApps) {
        boolean appliesTo(Set<Platform> used) {
            return forApps.isEmpty() || forApps.stream().anyMatch(used::contains);
        }
    }

    /** Messenger accounts are Facebook accounts, so the Facebook objection covers them. */
    private static final List<Route> OBJECTIONS = List.of(
            new Route("facebook-objection", Set.of(Platform.FACEBOOK, Platform.MESSENGER)),
            new Route("instagram-objection", Set.of(Platform.INSTAGRAM)),
            new Route("whatsapp-objection", Set.of(Platform.WHATSAPP)));

    private static final Map<RegionClass, List<Route>> TABLE = Map.of(
            RegionClass.EUROPE, join(OBJECTIONS, List.of(
                    new Route("third-party-ai-data", Set.of()),
                    new Route("off-meta-activity", Set.of()))),
            RegionClass.BRAZIL, OBJECTIONS,
            RegionClass.OBJECTION_REPORTED, OBJECTIONS,
            RegionClass.NO_OPT_OUT, List.of(
                    new Route("meta-ai-chat-deletion", Set.of()),
                    new Route("third-party-ai-data", Set.of()),
                    new Route("off-meta-activity", Set.of())));

    /** The packs to run, in order, for a person in {@code isoCountry} who uses {@code platforms}. */
    public static Recommendation recommend(String isoCountry, Set<Platform> platforms) {
        RegionClass region = classify(isoCountry);
        List<String> packs = TABLE.get(region).stream().filter(route -> route.appliesTo(platforms))
                .map(Route::pack).toList();
        List<String> notes = new ArrayList<>();
        if (region == RegionClass.OBJECTION_REPORTED) {
            notes.add(REPORTED_ONLY);
        }
        if (aiChatsUsedForAds(isoCountry)) {
            notes.add(AI_CHATS_FOR_ADS);
        }
        return new Recommendation(region, EXPLANATIONS.get(region), notes, packs,
                Optional.ofNullable(FALLBACKS.get(region)));
    }

    /** The pack to fall back on when a dedicated objection form breaks. */
    public static List<String> fallbacks(RegionClass region) {
        return region == RegionClass.EUROPE ? List.of("privacy-rights-request") : List.of();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static List<Route> join(List<Route> a, List<Route> b) {
        List<Route> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
