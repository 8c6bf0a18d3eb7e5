package dev.optout.testing;

import dev.optout.replica.Recorder;
import dev.optout.replica.ReplicaServer;
import dev.optout.replica.Scenario;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One replica for a test class, started before its first test and stopped after its last, with every test starting
 * from the same scenario and an empty recorder. Register it as a static field:
 * {@code @RegisterExtension static final SharedReplica replica = SharedReplica.withoutCookieDialog();}
 */
public final class SharedReplica implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final Consumer<Scenario> eachTest;
    private ReplicaServer server;

    private SharedReplica(Consumer<Scenario> eachTest) {
        this.eachTest = eachTest;
    }

    /** Each test starts from the default scenario (cookie dialog on arrival). */
    public static SharedReplica withDefaults() {
        return new SharedReplica(scenario -> { });
    }

    /** Each test starts from the default scenario changed by {@code eachTest}. */
    public static SharedReplica with(Consumer<Scenario> eachTest) {
        return new SharedReplica(eachTest);
    }

    /** Each test starts from the default scenario without the cookie dialog. */
    public static SharedReplica withoutCookieDialog() {
        return new SharedReplica(scenario -> scenario.cookieDialog(false));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = ReplicaServer.start(new Scenario());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        eachTest.accept(server.scenario().reset());
        server.recorder().clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    public Scenario scenario() {
        return server.scenario();
    }

    public Recorder recorder() {
        return server.recorder();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }
}
