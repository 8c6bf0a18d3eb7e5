package dev.optout.guide;

import java.util.List;

/**
 * What the guide tells a person and which packs it runs for them, in order.
 *
 * @param explanation two or three plain sentences about what applies where they live
 */
public record Recommendation(RegionClass region, String explanation, List<String> packs) {

    public Recommendation {
        packs = List.copyOf(packs);
    }
}
