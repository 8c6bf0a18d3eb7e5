package dev.optout.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * An origin on this machine where nothing listens, for a send that must meet "connection refused": a port the
 * system just handed out and that was closed again at once. Asked afresh for every page, so a port some other
 * program took in the meantime is not reused.
 */
final class RefusingOrigin {
    private RefusingOrigin() {
    }

    static String next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        }
    }
}
