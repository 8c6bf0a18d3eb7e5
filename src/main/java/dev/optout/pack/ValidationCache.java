package dev.optout.pack;

/**
 * Remembers the sets of pack and library files that passed every check, each by a digest of their names and text, so
 * that a start with the same files skips the {@linkplain ContentChecks content checks}: their verdict cannot have
 * changed. An implementation keys its digests to the optout that checked them, since another version may judge the
 * same text differently.
 */
public interface ValidationCache {

    /** Checks everything on every load. */
    ValidationCache NONE = new ValidationCache() {
        @Override
        public boolean knows(String digest) {
            return false;
        }

        @Override
        public void remember(String digest) {
        }
    };

    /** Whether files with this digest passed every check before. */
    boolean knows(String digest);

    /** Records that files with this digest passed every check; failing to record costs only time, never correctness. */
    void remember(String digest);
}
