package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxWebSocket;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The WebSocket gateway between a bot (the JDK's WebSocket client) and the stand-in playing OKX's login. */
class GatewayWebSocketTest {

    private static final String ORDER = "{\"id\":\"1512\",\"op\":\"order\",\"args\":[{\"side\":\"buy\",\"instId\":"
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

    private void start(boolean readOnly) throws IOException {
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), okxSockets.baseUrl(), Environment.LIVE,
                key.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), readOnly), Clock.systemUTC());
        session = gateway.sessionCredentials();
    }

    @Test
    void theBotsLoginIsReplacedWithTheRealKeysAndOrdersThenGoThrough() throws Exception {
        start(false);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));

        bot.send(login(session, Instant.now()));
        String loggedIn = bot.next();
        bot.send(ORDER);
        String ordered = bot.next();

        assertThat(loggedIn).contains("\"event\":\"login\"").contains("\"code\":\"0\"");
        assertThat(ordered).contains("\"op\":\"order\"").contains("\"sCode\":\"0\"").contains("\"id\":\"1512\"");
        assertThat(okxSockets.loggedInKeys()).containsExactly(key.apiKey());
        assertThat(String.join("\n", okxSockets.received())).doesNotContain(session.apiKey().reveal())
                .doesNotContain(session.passphrase().reveal()).contains(ORDER);
        UsageBatch counted = gateway.ledger().drain();
        assertThat(counted.forwarded()).containsEntry("WS login /ws/v5/private", 1).containsEntry("WS order /ws/v5/private", 1);
        assertThat(counted.accepted()).isEqualTo(2);
    }

    @Test
    void aLoginSignedWithAWrongSecretIsRefusedAndNeverReachesOkx() throws Exception {
        start(false);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/business"));

        try (Credentials wrong = new Credentials(session.apiKey().copy(), Secret.ofString("0123456789ABCDEF0123456789ABCDEF"),
                session.passphrase().copy())) {
            bot.send(login(wrong, Instant.now()));
        }

        assertThat(bot.next()).contains("\"event\":\"error\"").contains("\"code\":\"60007\"");
        assertThat(okxSockets.loggedInKeys()).isEmpty();
        assertThat(okxSockets.received()).isEmpty();
    }

    @Test
    void aReplayedLoginOlderThanThirtySecondsIsRefused() throws Exception {
        start(false);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));

        bot.send(login(session, Instant.now().minusSeconds(31)));

        assertThat(bot.next()).contains("\"code\":\"60006\"");
        assertThat(okxSockets.received()).isEmpty();
    }

    @Test
    void aReadOnlyKeyLogsInAndSubscribesButItsOrderIsRefused() throws Exception {
        start(true);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));
        bot.send(login(session, Instant.now()));
        assertThat(bot.next()).contains("\"code\":\"0\"");

        bot.send(ORDER);
        String refused = bot.next();
        bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"orders\",\"instType\":\"SPOT\"}]}");

        assertThat(refused).contains("\"id\":\"1512\"").contains("\"code\":\"1\"").contains("\"sCode\":\"50120\"")
                .contains("reading only");
        assertThat(bot.next()).contains("\"event\":\"subscribe\"");
        assertThat(okxSockets.received()).noneMatch(frame -> frame.contains("\"order\""));
    }

    @Test
    void publicChannelsPassThroughBothWays() throws Exception {
        start(false);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/public?brokerId=9999"));

        bot.send("{\"op\":\"subscribe\",\"args\":[{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}]}");
        String subscribed = bot.next();
        String pushed = bot.next();
        bot.send("ping");

        assertThat(subscribed).contains("\"event\":\"subscribe\"");
        assertThat(pushed).contains("\"last\":\"30000\"");
        assertThat(bot.next()).isEqualTo("pong");
        assertThat(okxSockets.connections()).containsExactly("/ws/v5/public?brokerId=9999");
    }

    private static String login(Credentials credentials, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + credentials.apiKey().reveal() + "\",\"passphrase\":\""
                + credentials.passphrase().reveal() + "\",\"timestamp\":\"" + timestamp + "\",\"sign\":\""
                + RequestSigner.sign(credentials.secretKey(), timestamp, "GET", "/users/self/verify", "") + "\"}]}";
    }

    /** A bot's WebSocket connection: what it receives, in order. */
    private static final class Bot implements WebSocket.Listener {

        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
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

        String next() throws InterruptedException {
            String message = messages.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("a message within 10 s").isNotNull();
            return message;
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
    }
}
