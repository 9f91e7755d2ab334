package dev.keyhaven.gateway;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import java.util.Objects;

/**
 * Where and as whom the gateway talks to OKX: the key's REST host (HTTPS to OKX, or this computer for a
 * stand-in), its WebSocket host, its environment (demo adds OKX's header) and the real credentials, which
 * the gateway owns from now on and wipes when it stops.
 *
 * @param webSocketBase e.g. {@code wss://ws.okx.com:8443}; paths such as /ws/v5/private are added to it
 */
public record Upstream(OkxBaseUrl rest, String webSocketBase, Environment environment, Credentials credentials) {

    public Upstream {
        Objects.requireNonNull(rest, "rest");
        Objects.requireNonNull(webSocketBase, "webSocketBase");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * The key's upstream: its REST base URL (already accepted by {@link OkxBaseUrl}), and OKX's WebSocket host
     * for its site and environment; a stand-in on this computer serves WebSocket on the REST port.
     */
    public static Upstream of(OkxBaseUrl rest, Region region, Environment environment, Credentials credentials) {
        return new Upstream(rest, webSocketBase(rest, region, environment), environment, credentials);
    }

    static String webSocketBase(OkxBaseUrl rest, Region region, Environment environment) {
        if (rest.isLoopback()) {
            return "ws" + rest.toString().substring("http".length());
        }
        String site = switch (region) {
            case GLOBAL -> "ws";
            case EEA -> "wseea";
            case US -> "wsus";
        };
        return "wss://" + site + (environment == Environment.DEMO ? "pap" : "") + ".okx.com:8443";
    }

    @Override
    public String toString() {
        return "Upstream[" + rest + ", " + webSocketBase + ", " + environment + "]";
    }
}
