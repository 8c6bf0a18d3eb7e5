package dev.optout.page;

/**
 * A moment in the tab's traffic: requests sent after it are the ones an {@link Observation} since it lists.
 *
 * @param document    which document the page had then (another one later means the tab navigated since)
 * @param at          the document's own clock then, in milliseconds since it began
 * @param epochMillis the same moment on the browser's wall clock, which network events are stamped with
 */
public record TrafficMark(String document, double at, double epochMillis) {
}
