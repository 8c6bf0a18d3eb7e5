package dev.optout.cli;

import dev.optout.pack.Languages;
import java.util.Iterator;

/** The languages {@code --locale} accepts, for picocli's help and shell completion: the packs' one list of them. */
final class PageLanguages implements Iterable<String> {

    static boolean contains(String language) {
        return Languages.contains(language);
    }

    static String listed() {
        return String.join(", ", Languages.ALL);
    }

    @Override
    public Iterator<String> iterator() {
        return Languages.ALL.iterator();
    }
}
