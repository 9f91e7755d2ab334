package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxWebSocket;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an attacker on this computer tried against the WebSocket gateway: each frame refused, none at OKX. */
class GatewayWebSocketHardeningTest {

    private static final String ORDER = "{\"id\":\"77\",\"op\":\"order\",\"args\":[{\"side\":\"buy\",\"instId\":"
            + "\"BTC-USDT\",\"tdMode\":\"cash\",\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"0.01\"}]}";

    private FakeOkxServer okx;
    private FakeOkxWebSocket okxSockets;
    private FakeKey key;
    private OkxGateway gateway;
    private Credentials session;

    @BeforeEach
    void startStandIn() {
        okx = FakeOkxServer.start();
        okxSockets = FakeOkxWebSocket.start(okx);
        key = okx.add(FakeKey.builder().perm("read_only,trade"));
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (session != null) {
            session.close();
        }
        okxSockets.close();
        okx.close();
    }

    private Bot loggedIn(boolean readOnly) throws Exception {
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), okxSockets.baseUrl(), Environment.LIVE,
                key.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), readOnly), Clock.systemUTC());
        session = gateway.sessionCredentials();
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        bot.send("{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + session.apiKey().reveal() + "\",\"passphrase\":\""
                + session.passphrase().reveal() + "\",\"timestamp\":\"" + timestamp + "\",\"sign\":\""
                + RequestSigner.sign(session.secretKey(), timestamp, "GET", "/users/self/verify", "") + "\"}]}");
        assertThat(bot.next()).contains("\"event\":\"login\"").contains("\"code\":\"0\"");
        return bot;
    }

    private List<String> okxSawBesidesLogin() {
        return okxSockets.received().stream().filter(frame -> !frame.contains("\"login\"")).toList();
    }

    @Test
    void aReadOnlyKeysOrderBehindLeadingWhitespaceIsStillRefused() throws Exception {
        Bot bot = loggedIn(true);

        for (String lead : List.of(" ", "\n", "\t", "\r\n")) {
            bot.send(lead + ORDER);
            assertThat(bot.next()).as("order after %s", lead.replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t")).contains("\"id\":\"77\"").contains("\"sCode\":\"50120\"");
        }
        bot.send("ping");

        assertThat(bot.next()).isEqualTo("pong");
        assertThat(okxSawBesidesLogin()).containsExactly("ping");
    }

    @Test
    void framesThatAreNotAStrictJsonObjectWithAStringOpAreRefused() throws Exception {
        Bot bot = loggedIn(false);

        for (String frame : List.of("hello", "[" + ORDER + "]", "{\"id\":\"1\",\"args\":[]}", "{\"op\":1}",
                "{\"op\":\"subscribe\",\"op\":\"order\",\"args\":[]}", "{\"op\":\"subscribe\",\"args\":[]} {\"op\":\"order\"}",
                "{\"op\":\"order\"")) {
            bot.send(frame);
            assertThat(bot.next()).as(frame).contains("\"event\":\"error\"").contains("\"code\":\"60012\"");
        }

        assertThat(okxSawBesidesLogin()).isEmpty();
    }

    @Test
    void onlyKnownOperationsPassEvenForATradingKey() throws Exception {
        Bot bot = loggedIn(false);

        bot.send("{\"id\":\"9\",\"op\":\"withdraw\",\"args\":[{\"ccy\":\"BTC\"}]}");
        String refused = bot.next();
        bot.send(ORDER);

        assertThat(refused).contains("\"id\":\"9\"").contains("\"sCode\":\"50030\"").contains("gateway policy");
        assertThat(bot.next()).contains("\"op\":\"order\"").contains("\"sCode\":\"0\"");
        assertThat(okxSawBesidesLogin()).containsExactly(ORDER);
    }

    @Test
    void aWebPageCannotOpenTheGatewaysSocket() throws Exception {
        loggedIn(false).close();

        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", "https://evil.example")
                .buildAsync(URI.create(gateway.webSocketUrl("/ws/v5/private")), new Bot()).get(10, TimeUnit.SECONDS))
                .hasRootCauseMessage("Unexpected HTTP response status code 403");
    }

    @Test
    void anOversizedFrameClosesTheConnectionAndNeverReachesOkx() throws Exception {
        Bot bot = loggedIn(false);

        bot.sendIgnoringFailure("{\"op\":\"subscribe\",\"args\":[\"" + "x".repeat(70 * 1024) + "\"]}");

        assertThat(bot.closedWith()).isEqualTo(1009);
        assertThat(okxSawBesidesLogin()).isEmpty();
    }

    /** A bot's WebSocket connection: what it receives, in order. */
    private static final class Bot implements WebSocket.Listener {

        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static Bot connect(String url) throws Exception {
            Bot bot = new Bot();
            bot.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), bot)
                    .get(10, TimeUnit.SECONDS);
            return bot;
        }

        void send(String text) throws Exception {
            socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        }

        void sendIgnoringFailure(String text) {
            try {
                send(text);
            } catch (Exception closedByTheGateway) {
                // The gateway may close before the whole frame is written.
            }
        }

        void close() throws Exception {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
        }

        String next() throws InterruptedException {
            String message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("a message within 10 s").isNotNull();
            return message;
        }

        Integer closedWith() throws InterruptedException {
            return closes.poll(10, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closes.add(statusCode);
            return null;
        }
    }
}
