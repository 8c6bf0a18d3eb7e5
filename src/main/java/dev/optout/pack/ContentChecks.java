package dev.optout.pack;

/**
 * Whether a load runs the checks whose verdict depends only on the files' text and this optout: the JSON Schema
 * (a file's own shape, and each fragment step as a pack fills it in) and the syntax of CSS and XPath selectors.
 * They are most of the cost of loading; a {@link ValidationCache} that has seen the very same files pass them lets a
 * repository {@link #SKIP} them. Every other check (names, includes, origins, step order) runs on every load: it
 * builds the model as it goes.
 */
enum ContentChecks {
    RUN,
    SKIP;

    boolean run() {
        return this == RUN;
    }
}
