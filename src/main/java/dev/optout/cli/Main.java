package dev.optout.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of the {@code optout} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraries();
        Interrupts interrupts = Interrupts.onSignals();
        int exitCode = OptoutCommand.forArguments(Console.system(interrupts), args).execute(args);
        // After a signal, its own thread ends the tool with its exit code, once the browser is stopped.
        interrupts.waitForTheEndIfInterrupted();
        System.exit(exitCode);
    }

    /**
     * Selenium and WebDriverManager log through java.util.logging and SLF4J; their warnings (CDP versions, driver
     * lookups) mean nothing to the person, and the tool reports its own problems in plain sentences.
     */
    static void quietLibraries() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        Logger.getLogger("").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium").setLevel(Level.OFF);
    }
}
