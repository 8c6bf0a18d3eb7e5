package dev.optout.replica;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Meta product a page belongs to. The replica's shared wording names Facebook (the cookie dialog asks about
 * "cookies from Facebook"); an Instagram page names Instagram in the same places, in every language.
 */
enum Brand {
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram");

    private static final String NAMED_IN_WORDING = "Facebook";

    private final String productName;

    Brand(String productName) {
        this.productName = productName;
    }

    String productName() {
        return productName;
    }

    /** The page texts in {@code language}, naming this product wherever the shared wording names Facebook. */
    Map<String, String> texts(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        Texts.of(language).forEach((key, text) -> texts.put(key, text.replace(NAMED_IN_WORDING, productName)));
        return texts;
    }
}
