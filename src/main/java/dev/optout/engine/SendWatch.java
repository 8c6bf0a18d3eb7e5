package dev.optout.engine;

import dev.optout.page.Element;
import dev.optout.page.Observation;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One send under watch: the elements it was about (the filled fields and the button), what the page said and showed
 * right before it (with the texts the pack's error targets showed already), the values that went out (to mask them
 * wherever the page's words are quoted) and when it left.
 */
record SendWatch(int step, String host, List<Element> watched, Observation before, Set<String> errorsBefore,
                 List<FilledField> held, Instant at) {

    SendWatch {
        watched = List.copyOf(watched);
        errorsBefore = Set.copyOf(errorsBefore);
        held = List.copyOf(held);
    }

    /** The page's words with every personal value of this send masked: a page may repeat the email it was sent. */
    String masked(String pageSaid) {
        String text = pageSaid;
        for (FilledField field : held) {
            String value = field.shownValue();
            if (field.personal() && value.strip().length() >= 3) {
                text = text.replace(value.strip(), field.masked());
            }
        }
        return text;
    }
}
