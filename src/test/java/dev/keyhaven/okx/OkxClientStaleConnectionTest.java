package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that closes a kept-alive connection after its first answer, as OKX's load balancers and the
 * stand-in do with idle connections: the next request over the same client must still get through.
 */
class OkxClientStaleConnectionTest {

    private final ServerSocket server = openServer();
    private final AtomicInteger accepted = new AtomicInteger();
    private final CountDownLatch firstClosed = new CountDownLatch(1);
    private final OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(20)).build();

    private static ServerSocket openServer() {
        try {
            return new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void aSecondCheckSucceedsAfterTheServerClosedTheIdleConnection() throws Exception {
        Thread serving = new Thread(this::serve, "stale-connection-server");
        serving.setDaemon(true);
        serving.start();
        OkxBaseUrl baseUrl = OkxBaseUrl.parse("http://127.0.0.1:" + server.getLocalPort());

        client.clock(baseUrl).resync();
        assertThat(firstClosed.await(10, TimeUnit.SECONDS)).as("server closed the first connection").isTrue();
        Thread.sleep(100); // the close reaches the client's socket; it is then a stale pooled connection

        assertThat(client.clock(baseUrl).resync().offsetMillis()).isNotNull();
        assertThat(accepted.get()).as("the second request went over a new connection").isEqualTo(2);
    }

    @Test
    @Tag("slow")
    void aRedirectIsNotFollowed() throws Exception {
        redirect = true;
        Thread serving = new Thread(this::serve, "redirecting-server");
        serving.setDaemon(true);
        serving.start();
        OkxBaseUrl baseUrl = OkxBaseUrl.parse("http://127.0.0.1:" + server.getLocalPort());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.clock(baseUrl).resync())
                .isInstanceOf(OkxException.class);
        assertThat(firstClosed.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(accepted.get()).as("no second request to the redirect's target").isEqualTo(1);
    }

    private volatile boolean redirect;

    /** Answers one request per connection with keep-alive promised, then closes the connection. */
    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                accepted.incrementAndGet();
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String line;
                while ((line = in.readLine()) != null && !line.isEmpty()) {
                    // request line and headers: a GET has no body
                }
                String body = "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"ts\":\"" + System.currentTimeMillis() + "\"}]}";
                byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
                OutputStream out = socket.getOutputStream();
                if (redirect) {
                    out.write(("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + server.getLocalPort()
                            + "/elsewhere\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
                        + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                return;
            } finally {
                firstClosed.countDown();
            }
        }
    }
}
