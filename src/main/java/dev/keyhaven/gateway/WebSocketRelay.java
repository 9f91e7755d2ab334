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
    /** OKX's own limit for a subscription request (64 KB); a batch of 20 orders is a few KiB. */
    static final int MAX_FRAME = 64 * 1024;

    private WebSocketRelay() {
    }

    static Handler around(Server server, Handler rest, Upstream upstream, GatewayPolicy policy,
                          UsageLedger ledger, OkHttpClient client, Clock clock, WebSocketLogin login) {
        WebSocketUpgradeHandler upgrade = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(MAX_FRAME);
            container.setMaxBinaryMessageSize(MAX_FRAME);
            for (String path : PATHS) {
                container.addMapping(path, (request, response, callback) -> {
                    if (!LoopbackOnly.accepts(request)) {
                        Response.writeError(request, response, callback, 403, LoopbackOnly.REFUSAL.msg());
                        return null;
                    }
                    if (request.getHeaders().contains("Origin")) {
                        // Browsers send Origin; bots don't: a web page must not reach the gateway's socket.
                        Response.writeError(request, response, callback, 403, "Keyhaven's gateway does not "
                                + "accept WebSocket connections from web pages.");
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
