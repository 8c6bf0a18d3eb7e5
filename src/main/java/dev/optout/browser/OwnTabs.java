package dev.optout.browser;

/** Told of each tab the tool moves into after a click of its own opened it: the tool's tabs are its to close. */
@FunctionalInterface
interface OwnTabs {

    /** A session the tool launched ends by quitting the browser: it need not count its tabs. */
    OwnTabs NOT_COUNTED = handle -> { };

    void followed(String handle);
}
