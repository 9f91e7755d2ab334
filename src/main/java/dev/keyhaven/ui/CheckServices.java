package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.OkxClient;
import java.util.function.Supplier;

/**
 * The OKX client and the key service over it, built on first use instead of before the first frame:
 * OkHttp and Kotlin's classes take a noticeable part of a second to load. The shell asks a background
 * thread to build them while the user types the password, so a check rarely waits for them.
 */
final class CheckServices implements AutoCloseable {

    private final Supplier<OkxClient> clientFactory;
    private OkxClient okx;
    private KeyChecker checker;
    private KeyService keyService;
    private boolean closed;

    CheckServices(Supplier<OkxClient> clientFactory) {
        this.clientFactory = clientFactory;
    }

    /** The key service, built now if no one has built it yet; safe from any thread. */
    synchronized KeyService keyService() {
        if (closed) {
            throw new IllegalStateException("Keyhaven is shutting down");
        }
        if (keyService == null) {
            okx = clientFactory.get();
            checker = new KeyChecker(okx);
            keyService = new KeyService(checker);
        }
        return keyService;
    }

    /** Builds the services ahead of need unless that already happened or they were closed. */
    synchronized void prepare() {
        if (!closed) {
            keyService();
        }
    }

    synchronized boolean isBuilt() {
        return keyService != null;
    }

    /**
     * Closes the pooled connections (their header tables hold the API key and passphrase) without
     * closing the client: called on lock. Does nothing if the client was never built.
     */
    synchronized void forgetConnections() {
        if (okx != null) {
            okx.forgetConnections();
        }
    }

    /** Closes the connections to OKX, if they were ever opened. */
    @Override
    public synchronized void close() {
        closed = true;
        if (checker != null) {
            checker.close();
        }
        if (okx != null) {
            okx.close();
        }
    }
}
