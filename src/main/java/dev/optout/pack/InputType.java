package dev.optout.pack;

/** How an input's value is validated (and, for a country, how it is matched against a page's options). */
public enum InputType {
    /** Free text: no control characters except line breaks, at most {@code maxLength} characters. */
    TEXT,
    /** An email address, checked for plausible syntax. */
    EMAIL,
    /** An ISO 3166-1 alpha-2 country code such as {@code DE}; selected on the page by its display name. */
    COUNTRY,
    /** A short code the person received, e.g. the 6 digits Meta emails. */
    CODE,
    /** One of the input's {@code choices}. */
    CHOICE,
    /**
     * An international phone number: {@code +}, then 8 to 15 digits (the country code first); spaces and dashes are
     * allowed and removed. Always personal.
     */
    PHONE;

    /** The spelling used in pack files: {@code text}, {@code email}, ... */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
