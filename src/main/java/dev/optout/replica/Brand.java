package dev.optout.replica;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Meta product a page belongs to. The replica's shared wording names Facebook (the cookie dialog asks about
 * "cookies from Facebook"); another product's page names itself in the same places, in every language.
 */
enum Brand {
    FACEBOOK("Facebook", true),
    INSTAGRAM("Instagram", true),
    /** WhatsApp's web forms stand apart from Facebook's login. */
    WHATSAPP("WhatsApp", false),
    /** help.meta.com, the Meta Help Center. */
    META("Meta", true);

    private static final String NAMED_IN_WORDING = "Facebook";
    /**
     * Where "Meta" cannot simply stand in for "Facebook": Polish declines the name ("z Facebooka", "z Mety") and
     * Portuguese gives Meta the feminine article ("do Facebook", "da Meta").
     */
    private static final Map<String, String> META_GRAMMAR = Map.of("Facebooka", "Mety", "do Facebook", "da Meta");

    private final String productName;
    private final boolean behindFacebookLogin;

    Brand(String productName, boolean behindFacebookLogin) {
        this.productName = productName;
        this.behindFacebookLogin = behindFacebookLogin;
    }

    String productName() {
        return productName;
    }

    /** Whether the scenario's login wall stands before this product's pages. */
    boolean behindFacebookLogin() {
        return behindFacebookLogin;
    }

    /** The page texts in {@code language}, naming this product wherever the shared wording names Facebook. */
    Map<String, String> texts(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        Texts.of(language).forEach((key, text) -> texts.put(key, rename(text)));
        return texts;
    }

    private String rename(String text) {
        String renamed = text;
        if (this == META) {
            for (Map.Entry<String, String> form : META_GRAMMAR.entrySet()) {
                renamed = renamed.replace(form.getKey(), form.getValue());
            }
        }
        return renamed.replace(NAMED_IN_WORDING, productName);
    }
}
