package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.gateway.GatewayWebSocketStand.Bot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What an attacker on this computer tried against the WebSocket gateway: each frame refused, none at OKX. */
class GatewayWebSocketHardeningTest extends GatewayWebSocketFixture {

    private static final String ORDER = "{\"id\":\"77\",\"op\":\"order\",\"args\":[{\"side\":\"buy\",\"instId\":"
            + "\"BTC-USDT\",\"tdMode\":\"cash\",\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"0.01\"}]}";

    private Bot loggedIn(boolean readOnly) throws Exception {
        startGateway(readOnly);
        Bot bot = Bot.connect(gateway.webSocketUrl("/ws/v5/private"));
        bot.send(GatewayWebSocketStand.login(session, Instant.now()));
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
}
