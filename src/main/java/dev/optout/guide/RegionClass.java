package dev.optout.guide;

/** What Meta lets people object to, by where they live (meta-flows §1). */
public enum RegionClass {
    /** EU, EEA (incl. NO, IS, LI), UK and Switzerland: a right to object through Meta's forms. */
    EUROPE,
    /** Brazil: an objection form after the 2024 ANPD ruling, shaped like the European one. */
    BRAZIL,
    /** The United States and everywhere else: no opt-out of training. */
    NO_OPT_OUT
}
