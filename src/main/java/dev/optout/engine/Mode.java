package dev.optout.engine;

/**
 * Live runs act on the page; dry runs walk the same steps and only highlight what they would do. A demo acts as a
 * live run, against the bundled replica of Meta's pages: its record says so, so it is never taken for proof.
 */
public enum Mode {
    LIVE("live"), DRY_RUN("dry-run"), DEMO("demo");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
