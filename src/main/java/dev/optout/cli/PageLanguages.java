package dev.optout.cli;

import dev.optout.replica.Scenario;
import java.util.Iterator;

/**
 * The languages {@code --locale} accepts, for picocli's help and shell completion: the packs and the replica speak
 * the same ones, and the replica's list is the one list of them.
 */
final class PageLanguages implements Iterable<String> {

    static boolean contains(String language) {
        return Scenario.LANGUAGES.contains(language);
    }

    static String listed() {
        return String.join(", ", Scenario.LANGUAGES);
    }

    @Override
    public Iterator<String> iterator() {
        return Scenario.LANGUAGES.iterator();
    }
}
