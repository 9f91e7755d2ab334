package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FakeOkxTrading;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an attacker on this computer tried against the REST gateway: each must be refused or stripped. */
class GatewayRestHardeningTest {

    private static final String BALANCE = "/api/v5/account/balance";

    private FakeOkxServer okx;
    private FakeKey key;
    private OkxGateway gateway;
    private Credentials session;
    private HttpServer redirector;
    private HttpServer thief;

    @BeforeEach
    void startStandIn() {
        okx = FakeOkxServer.start();
        FakeOkxTrading.install(okx);
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
        if (redirector != null) {
            redirector.stop(0);
        }
        if (thief != null) {
            thief.stop(0);
        }
        okx.close();
    }

    private BotClient start(String upstreamUrl) throws IOException {
        Upstream upstream = new Upstream(OkxBaseUrl.parse(upstreamUrl), "ws://127.0.0.1:1", Environment.LIVE,
                key.credentials());
        gateway = OkxGateway.start(upstream, new GatewayPolicy(PolicySetting.safeDefault(), false), Clock.systemUTC());
        session = gateway.sessionCredentials();
        return new BotClient(gateway.baseUrl(), session);
    }

    private List<FakeOkxServer.RecordedRequest> fromBot() {
        return okx.requests().stream().filter(request -> !request.path().equals("/api/v5/public/time")).toList();
    }

    @Test
    void aWithdrawalSentAsGetWithAMethodOverrideIsRefusedAndNeverReachesOkx() throws IOException {
        BotClient bot = start(okx.baseUrl());

        HttpResponse<String> answer = bot.send("GET", FakeOkxTrading.WITHDRAWAL + "?ccy=USDT&amt=1", "", Instant.now(),
                "X-HTTP-Method-Override", "POST");
        HttpResponse<String> transfer = bot.send("GET", "/api/v5/asset/transfer?ccy=USDT", "", Instant.now());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"code\":\"50030\"").contains("withdrawals");
        assertThat(transfer.statusCode()).isEqualTo(403);
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void onlyAllowedHeadersReachOkx() throws IOException {
        BotClient bot = start(okx.baseUrl());

        HttpResponse<String> answer = bot.send("GET", BALANCE, "", Instant.now(),
                "X-HTTP-Method-Override", "POST", "X-Original-URL", "/api/v5/asset/withdrawal",
                "X-Rewrite-URL", "/api/v5/asset/withdrawal", "X-Forwarded-For", "8.8.8.8",
                "X-Forwarded-Host", "evil.example", "Forwarded", "for=8.8.8.8", "X-Method-Override", "POST",
                "User-Agent", "bot/1.0");

        assertThat(answer.statusCode()).isEqualTo(200);
        FakeOkxServer.RecordedRequest seen = fromBot().get(0);
        assertThat(seen.header("OK-ACCESS-KEY")).isEqualTo(key.apiKey());
        assertThat(seen.header("User-Agent")).isEqualTo("bot/1.0");
        for (String dropped : List.of("X-HTTP-Method-Override", "X-Original-URL", "X-Rewrite-URL", "X-Forwarded-For",
                "X-Forwarded-Host", "Forwarded", "X-Method-Override")) {
            assertThat(seen.header(dropped)).as(dropped).isNull();
        }
        assertThat(seen.wireText().toLowerCase()).doesNotContain("override").doesNotContain("forwarded")
                .doesNotContain("evil.example");
    }

    @Test
    void anAnswerCarriesOneDateHeader() throws IOException {
        BotClient bot = start(okx.baseUrl());

        HttpResponse<String> answer = bot.get(BALANCE);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Date")).hasSize(1);
    }

    @Test
    void aRedirectFromUpstreamIsHandedBackAndNeverFollowedWithTheRealKey() throws IOException {
        AtomicInteger stolen = new AtomicInteger();
        thief = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        thief.createContext("/", exchange -> {
            stolen.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        thief.start();
        String thiefUrl = "http://127.0.0.1:" + thief.getAddress().getPort();
        redirector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/", exchange -> {
            int status = exchange.getRequestMethod().equals("POST") ? 307 : 302;
            exchange.getResponseHeaders().add("Location", thiefUrl + exchange.getRequestURI());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        redirector.start();
        BotClient bot = start("http://127.0.0.1:" + redirector.getAddress().getPort());

        HttpResponse<String> read = bot.get(BALANCE);
        HttpResponse<String> order = bot.post(FakeOkxTrading.ORDER, "{\"instId\":\"BTC-USDT\"}");

        assertThat(read.statusCode()).isEqualTo(302);
        assertThat(read.headers().firstValue("Location")).hasValue(thiefUrl + BALANCE);
        assertThat(order.statusCode()).isEqualTo(307);
        assertThat(stolen.get()).isZero();
    }

    @Test
    void aHugeDeclaredBodyIsRefusedAtOnceWithoutBeingRead() throws IOException {
        start(okx.baseUrl());

        String reply;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
            socket.getOutputStream().write(("POST " + FakeOkxTrading.ORDER + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1200000000\r\nConnection: close\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(reply).startsWith("HTTP/1.1 413").contains("\"code\":\"50014\"").contains("1 MiB");
        assertThat(fromBot()).isEmpty();
    }

    @Test
    void aChunkedBodyIsCutOffPastTheCap() throws Exception {
        start(okx.baseUrl());

        String reply;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.port())) {
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(("POST " + FakeOkxTrading.ORDER + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                            + "application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheGateway) {
                    // The gateway may stop reading and close: that is what it should do.
                }
            });
            writer.start();
            reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            writer.join(10_000);
        }

        assertThat(reply).startsWith("HTTP/1.1 413").contains("\"code\":\"50014\"");
        assertThat(fromBot()).isEmpty();
    }
}
