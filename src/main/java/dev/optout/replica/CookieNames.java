package dev.optout.replica;

/** The cookies the replica sets, named as on the real site where the real site has one. */
final class CookieNames {
    /** Facebook's logged-in user id cookie: its presence is what "logged in" means to the replica. */
    static final String SESSION = "c_user";
    /** Remembers that the person answered the cookie dialog. */
    static final String CONSENT = "replica_consent";

    private CookieNames() {
    }
}
