package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * OKX's WebSocket API v5 on 127.0.0.1 for the keys of a {@link FakeOkxServer}: login on /ws/v5/private and
 * /ws/v5/business (timestamp in seconds within 30 s, key, passphrase, sign = Base64(HMAC-SHA256(secret,
 * timestamp + "GET/users/self/verify"))), subscriptions, the "order" op after login, and "ping". Records every
 * text frame it receives. Its signature check is written independently of the gateway's.
 */
public final class FakeOkxWebSocket implements AutoCloseable {

    /** What the account channel pushes as the USDT balance, and the orders channel as the order's id. */
    public static final String PUSHED_USDT = "1234.5";
    public static final String PUSHED_ORDER = "900000777";

    private final FakeOkxServer rest;
    private final Server server;
    private final ServerConnector connector;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> loggedInKeys = new CopyOnWriteArrayList<>();
    private final List<String> connections = new CopyOnWriteArrayList<>();
    private final AtomicLong nextOrderId = new AtomicLong(900000001L);

    private FakeOkxWebSocket(FakeOkxServer rest) throws Exception {
        this.rest = rest;
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            for (String path : List.of("/ws/v5/public", "/ws/v5/private", "/ws/v5/business")) {
                container.addMapping(path, (request, response, callback) -> {
                    connections.add(request.getHttpURI().getPathQuery());
                    return new Connection(!path.endsWith("public"));
                });
            }
        }));
        server.start();
    }

    /** Serves the keys of {@code rest}. */
    public static FakeOkxWebSocket start(FakeOkxServer rest) {
        try {
            return new FakeOkxWebSocket(rest);
        } catch (Exception e) {
            throw new IllegalStateException("The WebSocket stand-in could not start", e);
        }
    }

    /** e.g. {@code ws://127.0.0.1:54321}. */
    public String baseUrl() {
        return "ws://127.0.0.1:" + connector.getLocalPort();
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    /** Each connection's path and query, in order. */
    public List<String> connections() {
        return List.copyOf(connections);
    }

    /** The API keys that logged in successfully, in order. */
    public List<String> loggedInKeys() {
        return List.copyOf(loggedInKeys);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public final class Connection implements Session.Listener.AutoDemanding {

        private final boolean privateChannel;
        private Session session;
        private boolean loggedIn;

        Connection(boolean privateChannel) {
            this.privateChannel = privateChannel;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
        }

        @Override
        public void onWebSocketText(String text) {
            received.add(text);
            if (text.equals("ping")) {
                send("pong");
                return;
            }
            JsonNode message;
            try {
                message = json.readTree(text);
            } catch (IOException e) {
                send(error("60012", "Invalid request: " + text));
                return;
            }
            String op = message.path("op").asText("");
            switch (op) {
                case "login" -> send(privateChannel ? login(message.path("args").path(0)) : error("60018", "Wrong URL"));
                case "subscribe" -> subscribe(message.path("args").path(0));
                case "order" -> send(loggedIn ? order(message) : error("60011", "Please log in"));
                default -> send(error("60012", "Invalid request: " + text));
            }
        }

        /**
         * Confirms and pushes one message: on a private channel, after login only, the account channel's
         * balance snapshot ({@link #PUSHED_USDT} USDT) or an orders channel's live order; elsewhere a tick.
         */
        private void subscribe(JsonNode arg) {
            String channel = arg.path("channel").asText("");
            boolean privateData = channel.equals("account") || channel.equals("orders");
            if (privateData && !loggedIn) {
                send(error("60011", "Please log in"));
                return;
            }
            send(json.createObjectNode().put("event", "subscribe").<ObjectNode>set("arg", arg)
                    .put("connId", "a4d3ae55").toString());
            ObjectNode push = json.createObjectNode().set("arg", arg);
            ObjectNode data = push.putArray("data").addObject();
            String now = String.valueOf(System.currentTimeMillis());
            switch (channel) {
                case "account" -> {
                    data.put("uTime", now).put("totalEq", PUSHED_USDT);
                    data.putArray("details").addObject().put("ccy", "USDT").put("eq", PUSHED_USDT)
                            .put("cashBal", PUSHED_USDT).put("availBal", PUSHED_USDT).put("frozenBal", "0")
                            .put("uTime", now);
                }
                case "orders" -> data.put("instType", "SPOT").put("instId", "BTC-USDT").put("ordId", PUSHED_ORDER)
                        .put("clOrdId", "").put("px", "30000").put("sz", "0.01").put("ordType", "limit")
                        .put("side", "buy").put("tdMode", "cash").put("state", "live").put("accFillSz", "0")
                        .put("fillSz", "0").put("avgPx", "").put("cTime", now).put("uTime", now);
                default -> data.put("instId", arg.path("instId").asText()).put("last", "30000");
            }
            send(push.toString());
        }

        private String login(JsonNode args) {
            FakeKey key = rest.key(args.path("apiKey").asText(""));
            String timestamp = args.path("timestamp").asText("");
            long sentAt;
            try {
                sentAt = Long.parseLong(timestamp);
            } catch (NumberFormatException e) {
                return error("60008", "Login failed");
            }
            if (Duration.between(Instant.ofEpochSecond(sentAt), Instant.now()).abs().getSeconds() > 30) {
                return error("60006", "Timestamp request expired");
            }
            if (key == null) {
                return error("60005", "Invalid OK-ACCESS-KEY");
            }
            if (!key.passphrase().equals(args.path("passphrase").asText(""))) {
                return error("60024", "Wrong passphrase");
            }
            String expected = hmac(key.secretKey(), timestamp + "GET" + "/users/self/verify");
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    args.path("sign").asText("").getBytes(StandardCharsets.UTF_8))) {
                return error("60007", "Invalid sign");
            }
            loggedIn = true;
            loggedInKeys.add(key.apiKey());
            return json.createObjectNode().put("event", "login").put("code", "0").put("msg", "")
                    .put("connId", "a4d3ae55").toString();
        }

        private String order(JsonNode message) {
            ObjectNode answer = json.createObjectNode();
            answer.set("id", message.path("id"));
            answer.put("op", "order").put("code", "0").put("msg", "");
            answer.putArray("data").addObject().put("ordId", String.valueOf(nextOrderId.getAndIncrement()))
                    .put("clOrdId", "").put("sCode", "0").put("sMsg", "");
            return answer.toString();
        }

        private String error(String code, String msg) {
            return json.createObjectNode().put("event", "error").put("code", code).put("msg", msg).toString();
        }

        private void send(String text) {
            session.sendText(text, Callback.NOOP);
        }
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
