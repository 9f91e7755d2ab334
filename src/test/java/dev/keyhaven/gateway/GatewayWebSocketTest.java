package dev.keyhaven.gateway;

import static dev.keyhaven.gateway.GatewayWebSocketStand.login;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.gateway.GatewayWebSocketStand.Bot;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.net.http.WebSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The WebSocket gateway between a bot (the JDK's WebSocket client) and the stand-in playing OKX's login. */
class GatewayWebSocketTest extends GatewayWebSocketFixture {

    private static final String ORDER = "{\"id\":\"1512\",\"op\":\"order\",\"args\":[{\"side\":\"buy\",\"instId\":"
            + "\"BTC-USDT\",\"tdMode\":\"cash\",\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"0.01\"}]}";

    @Test
    void theBotsLoginIsReplacedWithTheRealKeysAndOrdersThenGoThrough() throws Exception {
        startGateway(false);
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
        startGateway(false);
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
        startGateway(false);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));

        bot.send(login(session, Instant.now().minusSeconds(31)));

        assertThat(bot.next()).contains("\"code\":\"60006\"");
        assertThat(okxSockets.received()).isEmpty();
    }

    @Test
    void aReadOnlyKeyLogsInAndSubscribesButItsOrderIsRefused() throws Exception {
        startGateway(true);
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
        startGateway(false);
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
}
