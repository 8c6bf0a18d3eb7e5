package dev.optout.replica;

/** The two known generations of Meta's objection form (meta-flows §3). */
public enum FormVersion {
    /** Reason optional; success shown right after Send. */
    V2025,
    /** Reason required; after Send a second page asks for a 6-digit code sent by email. */
    V2024
}
