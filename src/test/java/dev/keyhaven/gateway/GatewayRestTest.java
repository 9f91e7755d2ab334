package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxTrading;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST gateway between a hand-written bot and the loopback OKX stand-in. */
class GatewayRestTest {

    private static final String BALANCE = "/api/v5/account/balance";
    private static final String ORDER_BODY = "{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"side\":\"buy\","
            + "\"ordType\":\"limit\",\"px\":\"30000\",\"sz\":\"0.01\"}";

    private FakeOkxServer okx;
    private FakeOkxTrading trading;
    private FakeKey key;
    private OkxGateway gateway;
    private Credentials session;

    @BeforeEach
    void startStandIn() {
        okx = FakeOkxServer.start();
        trading = FakeOkxTrading.install(okx);
        key = okx.add(FakeKey.builder().perm("read_only,trade").trading("USDT", "1000", "1000"));
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (session != null) {
            session.close();
        }
        okx.close();
    }

    private BotClient start(PolicySetting setting, boolean readOnly, FakeKey upstreamKey, Environment environment)
            throws IOException {
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), "ws://127.0.0.1:1", environment,
                upstreamKey.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(setting, readOnly), Clock.systemUTC());
        session = gateway.sessionCredentials();
        return new BotClient(gateway.baseUrl(), session);
    }

    private BotClient start() throws IOException {
        return start(PolicySetting.safeDefault(), false, key, Environment.LIVE);
    }

    @Test
    void aSignedReadIsSignedAgainWithTheRealKeyAndOkxsAnswerComesBackUnchanged() throws IOException {
        BotClient bot = start();

        HttpResponse<String> answer = bot.get(BALANCE + "?ccy=USDT");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("{\"code\":\"0\"").contains("\"totalEq\":\"1000\"");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        FakeOkxServer.RecordedRequest seen = fromBot().get(fromBot().size() - 1);
        assertThat(seen.pathAndQuery()).isEqualTo(BALANCE + "?ccy=USDT");
        assertThat(seen.header("OK-ACCESS-KEY")).isEqualTo(key.apiKey());
        assertThat(seen.wireText()).doesNotContain(session.apiKey().reveal()).doesNotContain(session.passphrase().reveal());
    }

    @Test
    void sessionCredentialsAreShapedLikeOkxsAndEqualNoneOfTheStoredValues() throws IOException {
        start();

        assertThat(session.apiKey().reveal()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .isNotEqualTo(key.apiKey());
        assertThat(session.secretKey().reveal()).matches("[0-9A-F]{32}").isNotEqualTo(key.secretKey());
        assertThat(session.passphrase().reveal()).hasSizeBetween(8, 32).isNotEqualTo(key.passphrase());
    }

    @Test
    void aRequestSignedWithAWrongSessionSecretIsRefusedAndNeverReachesOkx() throws IOException {
        start();
        int before = fromBot().size();
        try (Credentials wrong = new Credentials(session.apiKey().copy(), Secret.ofString("0123456789ABCDEF0123456789ABCDEF"),
                session.passphrase().copy())) {
            HttpResponse<String> answer = new BotClient(gateway.baseUrl(), wrong).get(BALANCE);

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("\"code\":\"50113\"").doesNotContain("data");
        }
        assertThat(fromBot()).hasSize(before);
    }

    @Test
    void theStoredKeyItselfIsRefusedByTheGateway() throws IOException {
        start();
        HttpResponse<String> answer = new BotClient(gateway.baseUrl(), key.credentials()).get(BALANCE);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\":\"50111\"");
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void aWrongPassphraseIsRefusedWithOkxsCode() throws IOException {
        start();
        try (Credentials wrong = new Credentials(session.apiKey().copy(), session.secretKey().copy(),
                Secret.ofString("Not-the-Passphrase-1"))) {
            assertThat(new BotClient(gateway.baseUrl(), wrong).get(BALANCE).body()).contains("\"code\":\"50105\"");
        }
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void aReplayedRequestOlderThanThirtySecondsIsRefused() throws IOException {
        BotClient bot = start();

        HttpResponse<String> replayed = bot.send("GET", BALANCE, "", Instant.now().minusSeconds(31));
        HttpResponse<String> fresh = bot.send("GET", BALANCE, "", Instant.now().minusSeconds(25));

        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("\"code\":\"50102\"");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(okx.requestCount(BALANCE)).isEqualTo(1);
    }

    @Test
    void anOrderIsPlacedAndItsBodyReachesOkxByteForByte() throws IOException {
        BotClient bot = start();

        HttpResponse<String> answer = bot.post(FakeOkxTrading.ORDER, ORDER_BODY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"sCode\":\"0\"");
        assertThat(fromBot().get(0).body()).isEqualTo(ORDER_BODY);
        assertThat(trading.orders()).hasSize(1);
    }

    @Test
    void withdrawalsAreRefusedByPolicyAndNeverReachOkxWhateverTheKeyMayDo() throws IOException {
        FakeKey withdrawer = okx.add(FakeKey.builder().perm("read_only,trade,withdraw"));
        BotClient bot = start(PolicySetting.safeDefault(), false, withdrawer, Environment.LIVE);

        for (String path : List.of(FakeOkxTrading.WITHDRAWAL, "/api/v5/asset/withdrawal-lightning",
                "/api/v5/fiat/create-withdrawal", "/api/v5/asset/Withdrawal")) {
            HttpResponse<String> answer = bot.post(path, "{\"ccy\":\"BTC\",\"amt\":\"1\",\"dest\":\"4\",\"toAddr\":\"x\"}");

            assertThat(answer.statusCode()).as(path).isEqualTo(403);
            assertThat(answer.body()).contains("\"code\":\"50030\"").contains("Keyhaven's gateway policy")
                    .contains("withdrawals");
        }
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void pathsWrittenToSlipPastThePolicyAreRefused() throws IOException {
        BotClient bot = start();

        for (String path : List.of("/api/v5/asset/withdrawal/", "/api/v5/asset//withdrawal",
                "/api/v5/asset/./withdrawal", "/api/v5/asset/with%64rawal", "/API/V5/asset/withdrawal")) {
            HttpResponse<String> answer = bot.post(path, "{}");

            assertThat(answer.statusCode()).as(path).isIn(400, 401, 403, 404);
        }
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void transfersAndKeyManagementAreRefusedUnlessTheKeysSettingAllowsTransfers() throws IOException {
        BotClient bot = start(PolicySetting.fromNotes("gateway: allow transfers"), false, key, Environment.LIVE);

        HttpResponse<String> transfer = bot.post(FakeOkxTrading.TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"1\"}");
        HttpResponse<String> newKey = bot.post("/api/v5/users/subaccount/apikey", "{\"subAcct\":\"a\"}");
        HttpResponse<String> listKeys = bot.get("/api/v5/users/subaccount/apikey?subAcct=a");

        assertThat(transfer.statusCode()).isEqualTo(200);
        assertThat(newKey.body()).contains("50030").contains("API key and sub-account management");
        assertThat(listKeys.statusCode()).isEqualTo(403);
        assertThat(fromBot()).extracting(FakeOkxServer.RecordedRequest::path).containsExactly(FakeOkxTrading.TRANSFER);
    }

    @Test
    void theSafeDefaultRefusesTransfers() throws IOException {
        BotClient bot = start();

        HttpResponse<String> transfer = bot.post(FakeOkxTrading.TRANSFER, "{\"ccy\":\"USDT\",\"amt\":\"1\"}");
        HttpResponse<String> subTransfer = bot.post("/api/v5/asset/subaccount/transfer", "{}");

        assertThat(transfer.statusCode()).isEqualTo(403);
        assertThat(subTransfer.statusCode()).isEqualTo(403);
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void aReadOnlyKeyReadsButPlacesNoOrder() throws IOException {
        FakeKey reader = okx.add(FakeKey.builder().perm("read_only").trading("USDT", "5", "5"));
        BotClient bot = start(PolicySetting.safeDefault(), true, reader, Environment.LIVE);

        HttpResponse<String> order = bot.post(FakeOkxTrading.ORDER, ORDER_BODY);
        HttpResponse<String> balance = bot.get(BALANCE);

        assertThat(order.statusCode()).isEqualTo(403);
        assertThat(order.body()).contains("\"code\":\"50120\"").contains("reading only");
        assertThat(balance.statusCode()).isEqualTo(200);
        assertThat(trading.orders()).isEmpty();
        assertThat(fromBot()).extracting(FakeOkxServer.RecordedRequest::path).containsExactly(BALANCE);
    }

    @Test
    void theGatewaySignsWithOkxsClockSoABotOnAComputerWhoseClockIsOffStillGetsThrough() throws Exception {
        okx.clockOffset(java.time.Duration.ofSeconds(45));
        BotClient bot = start();

        assertThat(bot.get(BALANCE).statusCode()).isEqualTo(200);

        okx.clockOffset(java.time.Duration.ofSeconds(-50));
        HttpResponse<String> expired = bot.get(BALANCE);
        assertThat(expired.body()).contains("\"code\":\"50102\"");
        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
            Thread.sleep(100);
            status = bot.get(BALANCE).statusCode();
        }
        assertThat(status).as("accepted again once the gateway measured OKX's clock anew").isEqualTo(200);
    }

    @Test
    void aDemoKeyGetsOkxsDemoHeaderWhateverTheBotSent() throws IOException {
        FakeKey demo = okx.add(FakeKey.builder().demo(true).perm("read_only,trade"));
        BotClient bot = start(PolicySetting.safeDefault(), false, demo, Environment.DEMO);

        assertThat(bot.get(BALANCE).statusCode()).isEqualTo(200);
        assertThat(fromBot().get(0).header("x-simulated-trading")).isEqualTo("1");
    }

    @Test
    void aLiveKeyNeverCarriesTheDemoHeaderABotSent() throws IOException {
        BotClient bot = start();

        HttpResponse<String> answer = bot.send("GET", BALANCE, "", Instant.now(), "x-simulated-trading", "1");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(fromBot().get(0).header("x-simulated-trading")).isNull();
    }

    @Test
    void publicRequestsPassUnsigned() throws IOException {
        start();
        BotClient anonymous = new BotClient(gateway.baseUrl(), session);

        HttpResponse<String> answer = anonymous.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(gateway.baseUrl() + FakeOkxTrading.INSTRUMENTS + "?instType=SPOT")).build());

        assertThat(answer.body()).contains("BTC-USDT");
        assertThat(fromBot().get(0).header("OK-ACCESS-KEY")).isNull();
        assertThat(gateway.ledger().drain().isEmpty()).isTrue();
    }

    @Test
    void aSignedPublicRequestIsCheckedButReachesOkxUnsignedAndIsNoUse() throws IOException {
        BotClient bot = start();

        HttpResponse<String> answer = bot.get(FakeOkxTrading.INSTRUMENTS + "?instType=SPOT");

        assertThat(answer.body()).contains("BTC-USDT");
        assertThat(fromBot()).singleElement().satisfies(seen -> assertThat(seen.header("OK-ACCESS-KEY")).isNull());
        assertThat(gateway.ledger().drain().isEmpty()).isTrue();
        try (Credentials wrong = new Credentials(session.apiKey().copy(), Secret.ofString("0123456789ABCDEF0123456789ABCDEF"),
                session.passphrase().copy())) {
            assertThat(new BotClient(gateway.baseUrl(), wrong).get(FakeOkxTrading.INSTRUMENTS).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws IOException {
        start();
        String reply = raw("GET " + BALANCE + " HTTP/1.1\r\nHost: attacker.example:" + gateway.port()
                + "\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 403").contains("this computer only");
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void aConnectionFromAnotherAddressOfThisComputerIsRefused() throws IOException {
        start();
        InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(network -> java.util.Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof java.net.Inet4Address && !address.isLoopbackAddress())
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this computer has no address but loopback");

        String reply;
        try (Socket socket = new Socket()) {
            socket.bind(new java.net.InetSocketAddress(other, 0));
            socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), gateway.port()));
            socket.getOutputStream().write(("GET " + BALANCE + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(reply).startsWith("HTTP/1.1 403").contains("this computer only");
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void usesAreCountedOnlyWhenOkxAcceptedThem() throws IOException {
        BotClient bot = start();
        bot.get(BALANCE);
        bot.post(FakeOkxTrading.ORDER, ORDER_BODY);
        okx.failNext(BALANCE, 1, FakeOkxServer.Fault.okxError(401, "50113", "Invalid Sign"));
        bot.get(BALANCE);
        bot.post(FakeOkxTrading.WITHDRAWAL, "{}");

        UsageBatch batch = gateway.ledger().drain();

        assertThat(batch.accepted()).isEqualTo(2);
        assertThat(batch.forwarded()).containsEntry("GET " + BALANCE, 2).containsEntry("POST " + FakeOkxTrading.ORDER, 1);
        assertThat(batch.codes()).containsEntry("0", 2).containsEntry("50113", 1);
        assertThat(batch.refused()).containsEntry("50030", 1);
        assertThat(batch.lastAcceptedAt()).isNotNull();
    }

    @Test
    void closingFreesThePortAndWipesTheRealAndSessionCredentials() throws IOException {
        Credentials real = key.credentials();
        Upstream upstream = new Upstream(OkxBaseUrl.parse(okx.baseUrl()), "ws://127.0.0.1:1", Environment.LIVE, real);
        OkxGateway started = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), false),
                Clock.systemUTC());
        int port = started.port();

        started.close();

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(IOException.class);
        assertThat(List.of(real.apiKey().isWiped(), real.secretKey().isWiped(), real.passphrase().isWiped()))
                .containsOnly(true);
    }

    /** What reached the stand-in for the bot: everything but the gateway's own clock readings. */
    private List<FakeOkxServer.RecordedRequest> fromBot() {
        return okx.requests().stream().filter(request -> !request.path().equals("/api/v5/public/time")).toList();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
