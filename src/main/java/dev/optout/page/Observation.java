package dev.optout.page;

/**
 * One look at what the page says and at what the tab sent: the evidence of a send, taken right before it and again
 * while its answer is awaited.
 *
 * @param signals what the page says and shows now
 * @param mark    this moment in the tab's traffic, for the next observation to count from
 * @param traffic what the tab sent since the mark the observation was asked from (nothing when asked from none)
 */
public record Observation(PageSignals signals, TrafficMark mark, Traffic traffic) {
}
