package dev.optout.guide;

import java.util.List;
import java.util.Optional;

/**
 * What the guide tells a person and which packs it runs for them, in order.
 *
 * @param explanation two or three plain sentences about what applies where they live, naming the law
 * @param notes       one sentence each about what else the person should know there (a route that is only
 *                    reported, what Meta does with their AI chats)
 * @param fallback    what to do when a form fails, when there is something
 */
public record Recommendation(RegionClass region, String explanation, List<String> notes, List<String> packs,
                             Optional<String> fallback) {

    public Recommendation {
        notes = List.copyOf(notes);
        packs = List.copyOf(packs);
    }
}
