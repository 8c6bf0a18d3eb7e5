package dev.optout.replica;

/**
 * What the country {@code <select>} uses as option {@code value}s. The option texts are always the country names
 * in the page language; only the values vary, because Meta has used opaque values before and packs must not rely
 * on them.
 */
public enum OptionValues {
    /** ISO 3166-1 alpha-2 codes, e.g. {@code DE}. */
    ISO,
    /** English country names, e.g. {@code Germany}. */
    NAME,
    /** Opaque numeric ids that say nothing about the country. */
    ID
}
