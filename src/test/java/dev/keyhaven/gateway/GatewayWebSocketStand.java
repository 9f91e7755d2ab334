package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The WebSocket tests' stand: OKX's stand-in (REST and WebSocket) with a Read + Trade key, and a gateway to it. */
final class GatewayWebSocketStand implements AutoCloseable {

    final FakeOkxServer okx = FakeOkxServer.start();
    final FakeOkxWebSocket okxSockets = FakeOkxWebSocket.start(okx);
    final FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade"));
    OkxGateway gateway;
    Credentials session;

    /** Starts the gateway for {@link #key}; {@link #session} is what a bot would be given. */
    void start(boolean readOnly) throws IOException {
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), okxSockets.baseUrl(), Environment.LIVE,
                key.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), readOnly), Clock.systemUTC());
        session = gateway.sessionCredentials();
    }

    /** OKX's WebSocket login frame for {@code credentials}, signed at {@code at}. */
    static String login(Credentials credentials, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return "{\"op\":\"login\",\"args\":[{\"apiKey\":\"" + credentials.apiKey().reveal() + "\",\"passphrase\":\""
                + credentials.passphrase().reveal() + "\",\"timestamp\":\"" + timestamp + "\",\"sign\":\""
                + RequestSigner.sign(credentials.secretKey(), timestamp, "GET", "/users/self/verify", "") + "\"}]}";
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
        if (session != null) {
            session.close();
        }
        okxSockets.close();
        okx.close();
    }

    /** A bot's WebSocket connection: what it receives, in order, and how it was closed. */
    static final class Bot implements WebSocket.Listener {

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
