package dev.keyhaven.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import okhttp3.OkHttpClient;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One bot connection and its twin at OKX (public only because Jetty calls its methods reflectively). The bot's login is checked against the session credentials and
 * replaced with a real one; an operation the policy refuses (an order from a read-only key) is answered
 * here in OKX's shape; every other frame goes through unchanged, both ways.
 */
public final class WebSocketBridge implements Session.Listener.AutoDemanding {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Refusal NOT_AN_OPERATION = new Refusal(400, "60012", "Keyhaven's gateway passes only "
            + "JSON objects with a string \"op\" (and OKX's \"ping\"): this frame was not passed on.");

    private final Upstream upstream;
    private final String path;
    private final String query;
    private final GatewayPolicy policy;
    private final UsageLedger ledger;
    private final OkHttpClient client;
    private final WebSocketLogin login;
    private final Clock clock;
    private volatile Session bot;
    private volatile WebSocket okx;

    /** @param query the bot's query string (e.g. OKX's demo {@code brokerId=9999}), passed on; may be null */
    WebSocketBridge(Upstream upstream, String path, String query, GatewayPolicy policy, UsageLedger ledger,
                    OkHttpClient client, WebSocketLogin login, Clock clock) {
        this.upstream = upstream;
        this.path = path;
        this.query = query;
        this.policy = policy;
        this.ledger = ledger;
        this.client = client;
        this.login = login;
        this.clock = clock;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.bot = session;
        okhttp3.Request request = new okhttp3.Request.Builder()
                .url(upstream.webSocketBase() + path + (query == null ? "" : "?" + query)).build();
        okx = client.newWebSocket(request, new FromOkx());
    }

    @Override
    public void onWebSocketText(String text) {
        if (text.equals("ping")) {
            okx.send(text);
            return;
        }
        JsonNode message = parse(text);
        JsonNode opNode = message == null ? null : message.get("op");
        if (opNode == null || !opNode.isTextual()) {
            ledger.refused(NOT_AN_OPERATION.code());
            bot.sendText(JSON.createObjectNode().put("event", "error").put("code", NOT_AN_OPERATION.code())
                    .put("msg", NOT_AN_OPERATION.msg()).toString(), Callback.NOOP);
            return;
        }
        String op = opNode.asText();
        if (op.equals("login")) {
            String refusal = login.refusal(message);
            if (refusal != null) {
                ledger.refused("ws " + codeOf(refusal));
                bot.sendText(refusal, Callback.NOOP);
                return;
            }
            okx.send(login.realLogin(upstream.credentials()));
            return;
        }
        Refusal refusal = policy.refusalOfOperation(op);
        if (refusal != null) {
            ledger.refused(refusal.code());
            bot.sendText(operationError(message, op, refusal), Callback.NOOP);
            return;
        }
        okx.send(text);
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason, Callback callback) {
        WebSocket twin = okx;
        if (twin != null) {
            twin.close(1000, null);
        }
        callback.succeed();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        WebSocket twin = okx;
        if (twin != null) {
            twin.cancel();
        }
    }

    /** OKX's answer shape for an operation it refuses: code "1" with the reason per item in data. */
    private static String operationError(JsonNode message, String op, Refusal refusal) {
        ObjectNode answer = JSON.createObjectNode();
        if (message.has("id")) {
            answer.set("id", message.get("id"));
        }
        answer.put("op", op).put("code", "1").put("msg", refusal.msg());
        answer.putArray("data").addObject().put("sCode", refusal.code()).put("sMsg", refusal.msg());
        return answer.toString();
    }

    /** The frame as a JSON object (strict: no duplicate keys, nothing after it), or null. */
    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String codeOf(String event) {
        JsonNode node = parse(event);
        return node == null ? "" : node.path("code").asText("");
    }

    /** OKX's frames, passed to the bot unchanged; a successful login and order answers count as uses. */
    private final class FromOkx extends WebSocketListener {

        @Override
        public void onMessage(WebSocket socket, String text) {
            count(text);
            Session session = bot;
            if (session != null && session.isOpen()) {
                session.sendText(text, Callback.NOOP);
            }
        }

        @Override
        public void onClosing(WebSocket socket, int code, String reason) {
            socket.close(code, null);
            closeBot(code, reason);
        }

        @Override
        public void onFailure(WebSocket socket, Throwable failure, okhttp3.Response response) {
            closeBot(1011, "Keyhaven's gateway lost the connection to OKX.");
        }

        private void closeBot(int code, String reason) {
            Session session = bot;
            if (session != null && session.isOpen()) {
                session.close(code == 1005 || code == 1006 ? 1000 : code, reason, Callback.NOOP);
            }
        }

        private void count(String text) {
            if (!text.contains("\"login\"") && !text.contains("\"op\"")) {
                return;
            }
            JsonNode message = parse(text);
            if (message == null) {
                return;
            }
            String what = message.path("event").asText("").equals("login") ? "login"
                    : message.path("op").asText("");
            if (what.isEmpty() || !message.has("code")) {
                return;
            }
            ledger.forwarded("WS " + what + " " + path, new OkxAnswer(200, message.path("code").asText()),
                    clock.instant());
        }
    }
}
