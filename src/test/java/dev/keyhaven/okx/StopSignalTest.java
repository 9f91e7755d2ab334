package dev.keyhaven.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stop from another thread cancels the group's request under way and refuses its later ones, before sending. */
class StopSignalTest {

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder().loopbackOnly().callTimeout(Duration.ofSeconds(30)).build();

    @AfterEach
    void close() {
        client.close();
        okx.close();
    }

    private long sent() {
        return okx.requestCount(OkxClient.TIME_PATH) + okx.requestCount(OkxClient.ACCOUNT_CONFIG_PATH);
    }

    private OkxEndpoint live() {
        return new OkxEndpoint(OkxBaseUrl.parse(okx.baseUrl()), Environment.LIVE);
    }

    @Test
    void stopCancelsTheRequestUnderWayAndRefusesTheNextBeforeItIsSent() throws Exception {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        okx.latency(Duration.ofSeconds(20));
        StopSignal signal = new StopSignal();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread request = new Thread(() -> {
            try (Credentials credentials = key.credentials()) {
                StopSignal.during(signal, () -> client.accountConfig(live(), credentials));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        request.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sent() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sent()).as("the request reached the stand-in").isPositive();
        Thread.sleep(100);

        signal.stop();
        request.join(Duration.ofSeconds(5).toMillis());

        assertThat(request.isAlive()).as("cancelled within 5 s, long before OKX's 20 s answer or the client's 10 s read timeout").isFalse();
        assertThat(failure.get()).isInstanceOf(OkxException.class);
        assertThat(signal.stopped()).isTrue();
        long sent = sent();
        try (Credentials credentials = key.credentials()) {
            assertThatThrownBy(() -> StopSignal.during(signal, () -> client.accountConfig(live(), credentials)))
                    .isInstanceOf(OkxException.class);
        }
        assertThat(sent()).as("a stopped group sends nothing more").isEqualTo(sent);
    }

    @Test
    void theSignalHoldsOnlyWhileItsWorkRunsAndNestsBackToTheOuterOne() throws Exception {
        StopSignal outer = new StopSignal();
        StopSignal inner = new StopSignal();
        assertThat(StopSignal.current()).isNull();

        String seen = StopSignal.during(outer, () -> {
            assertThat(StopSignal.current()).isSameAs(outer);
            StopSignal.during(inner, () -> {
                assertThat(StopSignal.current()).isSameAs(inner);
                return null;
            });
            return StopSignal.current() == outer ? "outer again" : "lost";
        });

        assertThat(seen).isEqualTo("outer again");
        assertThat(StopSignal.current()).isNull();
        assertThat(outer.stopped()).isFalse();
    }
}
