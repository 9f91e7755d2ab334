package dev.keyhaven.gateway;

import java.time.Clock;
import java.util.List;
import okhttp3.OkHttpClient;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The WebSocket half of the gateway: {@code /ws/v5/public}, {@code /ws/v5/private} and
 * {@code /ws/v5/business} on the gateway's port, each bot connection relayed to the same path at OKX (see
 * {@link WebSocketBridge}); every other request goes on to {@code rest}.
 */
final class WebSocketRelay {

    static final List<String> PATHS = List.of("/ws/v5/public", "/ws/v5/private", "/ws/v5/business");

    private WebSocketRelay() {
    }

    static Handler around(Server server, Handler rest, Upstream upstream, GatewayPolicy policy,
                          UsageLedger ledger, OkHttpClient client, Clock clock, WebSocketLogin login) {
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            for (String path : PATHS) {
                container.addMapping(path, (request, response, callback) -> {
                    if (!LoopbackOnly.accepts(request)) {
                        Response.writeError(request, response, callback, 403, LoopbackOnly.REFUSAL.msg());
                        return null;
                    }
                    String query = request.getHttpURI().getQuery();
                    return new WebSocketBridge(upstream, path, query, policy, ledger, client, login, clock);
                });
            }
        });
        upgrade.setHandler(rest);
        return upgrade;
    }
}
