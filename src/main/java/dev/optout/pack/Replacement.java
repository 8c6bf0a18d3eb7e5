package dev.optout.pack;

/**
 * A pack or library of the person's own folder that takes the place of a bundled one with the same id or name. Every
 * command that runs packs says so, since such a file decides what is typed and sent.
 *
 * @param kind {@code pack} or {@code library}
 * @param key  the id or library name both files share
 * @param file the person's file
 */
public record Replacement(String kind, String key, String file) {

    /** {@code using your pack /home/a/.config/optout/packs/mine.yaml instead of the bundled facebook-objection}. */
    public String sentence() {
        return "using your " + kind + " " + file + " instead of the bundled " + key;
    }
}
