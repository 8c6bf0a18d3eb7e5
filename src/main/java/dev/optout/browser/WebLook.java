package dev.optout.browser;

import dev.optout.page.BrokenLocator;
import dev.optout.page.FieldState;
import java.util.List;
import java.util.Optional;

/** What look.js saw, in Selenium's terms: the page port's {@link dev.optout.page.Look} before translation. */
record WebLook(String url, String language, List<Optional<Match>> matches, List<Optional<FieldState>> fields,
               List<List<BrokenLocator>> broken) {
}
