package dev.optout.replica;

/**
 * The pages a person walks through to reach an objection form (meta-flows §5): Facebook's Privacy Center and its
 * generative-AI topic, and Instagram's Privacy Policy. Their links are relative, because the replica serves every
 * real origin from one local port.
 */
final class PrivacyPages {
    /** {@code https://www.facebook.com/privacy/center/}: a topic link "AI at Meta" leads to {@link #GENAI}. */
    static final String CENTER = "/privacy/center/";
    /** {@code https://www.facebook.com/privacy/genai/}: a link "right to object" leads to Facebook's form. */
    static final String GENAI = "/privacy/genai/";
    /** {@code https://privacycenter.instagram.com/policy/}: its generative-AI section links to Instagram's form. */
    static final String INSTAGRAM_POLICY = "/policy/";

    private PrivacyPages() {
    }

    static Router addRoutes(Router router, Scenario scenario) {
        return router
                .get(CENTER, new ArticlePage(scenario, Brand.FACEBOOK, "privacyCenter", "privacy-center.json"))
                .get(GENAI, new ArticlePage(scenario, Brand.FACEBOOK, "privacyGenai", "privacy-genai.json"))
                .get(INSTAGRAM_POLICY,
                        new ArticlePage(scenario, Brand.INSTAGRAM, "instagramPolicy", "instagram-policy.json"));
    }
}
