package dev.optout.engine;

/** Live runs act on the page; dry runs walk the same steps and only highlight what they would do. */
public enum Mode {
    LIVE("live"), DRY_RUN("dry-run");

    private final String jsonName;

    Mode(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
