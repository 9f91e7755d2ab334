package dev.keyhaven.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Keyhaven's local OKX gateway: an HTTP and WebSocket server on 127.0.0.1 (a free port) that a bot talks to
 * as if it were OKX, with session credentials. It signs for the bot with the real key, which never leaves
 * this process, and keeps withdrawals and other risky endpoints from OKX (see {@link GatewayPolicy}).
 * {@link #close()} stops it, frees its port and wipes both the real and the session credentials.
 */
public final class OkxGateway implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final Upstream upstream;
    private final Credentials session;
    private final UsageLedger ledger;
    private final OkHttpClient client;
    private final OkxTime okxTime;

    private OkxGateway(Server server, ServerConnector connector, Upstream upstream, Credentials session,
                       UsageLedger ledger, OkHttpClient client, OkxTime okxTime) {
        this.server = server;
        this.connector = connector;
        this.upstream = upstream;
        this.session = session;
        this.ledger = ledger;
        this.client = client;
        this.okxTime = okxTime;
    }

    /**
     * Starts a gateway for {@code upstream}, which it owns from now on (its credentials are wiped at
     * {@link #close()}, also when starting fails).
     */
    public static OkxGateway start(Upstream upstream, GatewayPolicy policy, Clock clock) throws IOException {
        Objects.requireNonNull(policy, "policy");
        Credentials session = SessionCredentials.distinctFrom(upstream.credentials());
        // A bot may send many requests at once: keep a connection to OKX for each (OkHttp keeps 5 by default).
        OkHttpClient client = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false)
                // A redirect would carry the real key's headers to another host: the bot gets the 3xx as it is.
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
        UsageLedger ledger = new UsageLedger();
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("keyhaven-gateway");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        SignatureCheck check = new SignatureCheck(session, clock);
        OkxTime okxTime = new OkxTime(upstream.rest(), clock);
        Handler rest = new RestRelay(upstream, check, policy, ledger, client, clock, okxTime);
        WebSocketLogin login = new WebSocketLogin(session, clock, okxTime, new ObjectMapper());
        server.setHandler(WebSocketRelay.around(server, rest, upstream, policy, ledger, client, clock, login));
        OkxGateway gateway = new OkxGateway(server, connector, upstream, session, ledger, client, okxTime);
        try {
            okxTime.measure();
            server.start();
        } catch (Exception e) {
            gateway.close();
            throw new IOException("Keyhaven's gateway could not open a port on 127.0.0.1 ("
                    + e.getClass().getSimpleName() + ").", e);
        }
        return gateway;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** What the bot gets as OKX_BASE_URL, e.g. {@code http://127.0.0.1:54321}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** e.g. {@code ws://127.0.0.1:54321/ws/v5/private}. */
    public String webSocketUrl(String path) {
        return "ws://127.0.0.1:" + port() + path;
    }

    /** The session credentials for the bot, as copies the caller closes. */
    public Credentials sessionCredentials() {
        return session.copy();
    }

    public UsageLedger ledger() {
        return ledger;
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops serving, closes the port and every connection, and wipes the credentials. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the credentials are wiped below whatever happened.
        } finally {
            okxTime.close();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
            session.close();
            upstream.credentials().close();
        }
    }

    @Override
    public String toString() {
        return "OkxGateway[" + (server.isRunning() ? baseUrl() : "stopped") + " -> " + upstream + "]";
    }
}
