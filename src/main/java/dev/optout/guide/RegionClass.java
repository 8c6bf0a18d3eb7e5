package dev.optout.guide;

/** What Meta lets people object to, by where they live (meta-flows §1 and §7, as of 2026). */
public enum RegionClass {
    /** EU, EEA (incl. NO, IS, LI), UK and Switzerland: the GDPR's right to object, through Meta's forms. */
    EUROPE,
    /** Brazil: the LGPD's right to oppose (Art. 18 § 2), through the same forms since the 2024 ANPD ruling. */
    BRAZIL,
    /** Japan and South Korea: the same forms are reported to take an objection; not verified. */
    OBJECTION_REPORTED,
    /** The United States and everywhere else: no opt-out of training. */
    NO_OPT_OUT
}
