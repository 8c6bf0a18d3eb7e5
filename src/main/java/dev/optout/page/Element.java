package dev.optout.page;

/**
 * One element that a {@link Page} found. Only that page can act on it, and only until it re-renders: the engine finds
 * elements again instead of holding them across page changes.
 */
public interface Element {
}
