package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxTrading;
import dev.keyhaven.okx.FakeOkxWebSocket;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real ccxt pro bot (the pinned npm ccxt, in a child process) on the gateway's WebSocket: its login, signed
 * with the session credentials, is replaced with the real key's, and what the stand-in pushes reaches it.
 */
class GatewayCcxtWebSocketTest {

    @TempDir
    Path folder;

    private FakeOkxServer okx;
    private FakeOkxWebSocket okxSockets;
    private FakeKey key;
    private OkxGateway gateway;

    @BeforeEach
    void startStandInAndGateway() throws IOException {
        okx = FakeOkxServer.start();
        FakeOkxTrading.install(okx);
        okxSockets = FakeOkxWebSocket.start(okx);
        key = okx.add(FakeKey.builder().perm("read_only,trade").trading("USDT", "1000", "1000"));
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), okxSockets.baseUrl(), Environment.LIVE,
                key.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), false), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        gateway.close();
        okxSockets.close();
        okx.close();
    }

    @Test
    void aCcxtProBotLogsInWithSessionCredentialsAndReceivesItsBalanceAndOrders() throws Exception {
        String printed;
        try (Credentials session = gateway.sessionCredentials()) {
            printed = runBot(session.apiKey().reveal(), session.secretKey().reveal(), session.passphrase().reveal(), "");
        }

        assertThat(printed).contains("ws balance USDT " + Double.parseDouble(FakeOkxWebSocket.PUSHED_USDT))
                .contains("ws order " + FakeOkxWebSocket.PUSHED_ORDER + " open").doesNotContain("ws refused");
        assertThat(okxSockets.loggedInKeys()).as("the stand-in verified a login signed with the real key")
                .containsExactly(key.apiKey());
        assertThat(okxSockets.received()).anyMatch(frame -> frame.contains("\"channel\":\"account\""))
                .anyMatch(frame -> frame.contains("\"channel\":\"orders\""));
        assertThat(String.join("\n", okxSockets.received())).doesNotContain(key.secretKey());
        assertThat(printed).doesNotContain(key.apiKey()).doesNotContain(key.secretKey()).doesNotContain(key.passphrase());
    }

    @Test
    void aLoginSignedWithAWrongSessionSecretIsRefusedAndNeverReachesOkx() throws Exception {
        String printed;
        try (Credentials session = gateway.sessionCredentials()) {
            printed = runBot(session.apiKey().reveal(), "0123456789ABCDEF0123456789ABCDEF",
                    session.passphrase().reveal(), "--login-first");
        }

        assertThat(printed).contains("ws refused: AuthenticationError").contains("\"code\":\"60007\"")
                .contains("Invalid sign").doesNotContain("ws logged in").doesNotContain("ws balance");
        assertThat(okxSockets.loggedInKeys()).isEmpty();
        assertThat(okxSockets.received()).noneMatch(frame -> frame.contains("\"login\""))
                .noneMatch(frame -> frame.contains("\"account\""));
    }

    /** Runs the bot with these as OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE; returns what it printed. */
    private String runBot(String apiKey, String secretKey, String passphrase, String option) throws Exception {
        Path module = Ccxt.module();
        Path script = folder.resolve("ccxt-ws-bot.js");
        try (InputStream text = Objects.requireNonNull(getClass().getResourceAsStream(
                "/dev/keyhaven/gateway/ccxt-ws-bot.js"))) {
            Files.copy(text, script);
        }
        Path output = folder.resolve("ws-bot-output.txt");
        ProcessBuilder builder = new ProcessBuilder("node", script.toString(), option).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("OKX_"));
        environment.put("NODE_PATH", module.getParent().toString());
        environment.put("OKX_BASE_URL", gateway.baseUrl());
        environment.put("OKX_FLAG", "0");
        environment.put("OKX_API_KEY", apiKey);
        environment.put("OKX_SECRET_KEY", secretKey);
        environment.put("OKX_PASSPHRASE", passphrase);
        Process bot = builder.start();
        boolean ended = bot.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            bot.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(ended).as("the bot ended; it printed: " + printed).isTrue();
        assertThat(bot.exitValue()).as(printed).isZero();
        return printed;
    }
}
