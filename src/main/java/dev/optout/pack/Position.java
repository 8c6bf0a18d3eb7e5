package dev.optout.pack;

/** A place in a pack file, 1-based; line 0 means the place is unknown. */
record Position(int line, int column) {

    static final Position UNKNOWN = new Position(0, 0);
}
