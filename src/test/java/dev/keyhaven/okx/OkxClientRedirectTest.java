package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker's client never follows a redirect: it would carry the key's headers to another host. */
class OkxClientRedirectTest {

    private final AtomicInteger stolen = new AtomicInteger();
    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder().connectTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(5)).rateLimitWaits().build();
    private HttpServer thief;
    private HttpServer redirector;

    @BeforeEach
    void startServers() throws IOException {
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
            exchange.getResponseHeaders().add("Location", thiefUrl + exchange.getRequestURI());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
    }

    @AfterEach
    void stop() {
        client.close();
        thief.stop(0);
        redirector.stop(0);
        okx.close();
    }

    @Test
    void aRedirectedKeyCheckFailsWithoutCallingTheOtherHost() {
        FakeKey key = okx.add(FakeKey.builder());
        OkxEndpoint endpoint = new OkxEndpoint(OkxBaseUrl.parse("http://127.0.0.1:" + redirector.getAddress().getPort()),
                Environment.LIVE);

        assertThatThrownBy(() -> client.accountConfig(endpoint, key.credentials())).isInstanceOf(OkxException.class);
        assertThat(stolen.get()).isZero();
    }
}
