package dev.optout.guide;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one table that says which opt-out paths apply where (meta-flows §1), and so which packs the guide runs.
 * Facebook Pages cannot object: each person objects for themselves, which is why routing is by person and app.
 */
public final class Routing {

    /** The EU's 27, the EEA's three, the UK and Switzerland. */
    static final Set<String> EUROPE = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
            "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "NO", "IS", "LI",
            "GB", "CH");

    static final Set<String> BRAZIL = Set.of("BR");

    private static final Map<RegionClass, String> EXPLANATIONS = Map.of(
            RegionClass.EUROPE,
            "Where you live, the GDPR gives you a right to object, and Meta's forms take the objection. "
                    + "One objection covers every account in the same Accounts Center, and it stops future use: an "
                    + "objection sent after 26 May 2025 does not undo training that already happened.",
            RegionClass.BRAZIL,
            "In Brazil, Meta offers an objection form like the European one since the 2024 ANPD ruling. "
                    + "One objection covers the accounts in the same Accounts Center and stops future use.",
            RegionClass.NO_OPT_OUT,
            "Where you live, Meta offers no opt-out of AI training. You can delete what you told Meta AI, ask "
                    + "Meta not to use what third parties hold about you, and make your accounts private so that "
                    + "less of what you post is public.");

    private Routing() {
    }

    public static RegionClass classify(String isoCountry) {
        String code = isoCountry.toUpperCase(Locale.ROOT);
        if (EUROPE.contains(code)) {
            return RegionClass.EUROPE;
        }
        return BRAZIL.contains(code) ? RegionClass.BRAZIL : RegionClass.NO_OPT_OUT;
    }

    /** A pack and the apps that make it worth running; an empty set means it applies whatever apps are used. */
    private record Route(String pack, Set<Platform> forApps) {
        boolean appliesTo(Set<Platform> used) {
            return forApps.isEmpty() || forApps.stream().anyMatch(used::contains);
        }
    }

    /** Messenger accounts are Facebook accounts, so the Facebook objection covers them. */
    private static final Map<RegionClass, List<Route>> TABLE = Map.of(
            RegionClass.EUROPE, List.of(
                    new Route("facebook-objection", Set.of(Platform.FACEBOOK, Platform.MESSENGER)),
                    new Route("instagram-objection", Set.of(Platform.INSTAGRAM)),
                    new Route("third-party-ai-data", Set.of()),
                    new Route("off-meta-activity", Set.of())),
            RegionClass.BRAZIL, List.of(
                    new Route("facebook-objection", Set.of(Platform.FACEBOOK, Platform.MESSENGER)),
                    new Route("instagram-objection", Set.of(Platform.INSTAGRAM))),
            RegionClass.NO_OPT_OUT, List.of(
                    new Route("meta-ai-chat-deletion", Set.of()),
                    new Route("third-party-ai-data", Set.of()),
                    new Route("off-meta-activity", Set.of())));

    /** The packs to run, in order, for a person in {@code isoCountry} who uses {@code platforms}. */
    public static Recommendation recommend(String isoCountry, Set<Platform> platforms) {
        RegionClass region = classify(isoCountry);
        List<String> packs = TABLE.get(region).stream().filter(route -> route.appliesTo(platforms))
                .map(Route::pack).toList();
        return new Recommendation(region, EXPLANATIONS.get(region), packs);
    }

    /** The pack to fall back on when a dedicated objection form breaks. */
    public static List<String> fallbacks(RegionClass region) {
        return region == RegionClass.NO_OPT_OUT ? List.of() : List.of("privacy-rights-request");
    }
}
