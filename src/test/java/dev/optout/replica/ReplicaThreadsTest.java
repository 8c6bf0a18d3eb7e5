package dev.optout.replica;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaThreadsTest {
    @Test
    void a_replica_that_is_never_closed_does_not_keep_the_jvm_alive(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path output = dir.resolve("child.log");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ForgottenReplica.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            boolean exited = child.waitFor(30, TimeUnit.SECONDS);

            assertThat(exited).as("child JVM exited on its own; output: %s", Files.readString(output)).isTrue();
            assertThat(Files.readString(output)).contains("served 200");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
