package dev.keyhaven.keys;


import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;

/** What the checker's tests share: the OKX stand-in on loopback, a client with short waits, a fixed clock. */
abstract class KeyCheckerFixture {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final FakeOkxServer okx = FakeOkxServer.start();
    // A generous timeout, so a loaded machine (a mutation run) fails no test; the silent server's test shortens it.
    OkxClient client = client(Duration.ofSeconds(10));
    KeyChecker checker = new KeyChecker(client, Clock.fixed(NOW, ZoneOffset.UTC));

    static OkxClient client(Duration callTimeout) {
        return OkxClient.builder().callTimeout(callTimeout).rateLimitWaits(Duration.ofMillis(20)).build();
    }

    /** Replaces the client with one that gives up after {@code callTimeout}. */
    void shortenCallsTo(Duration callTimeout) {
        checker.close();
        client.close();
        client = client(callTimeout);
        checker = new KeyChecker(client, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        checker.close();
        client.close();
        okx.close();
    }

    CheckResult check(FakeKey key, Purpose purpose, Environment environment, Region region, String label) {
        try (Credentials credentials = credentialsOf(key)) {
            return checker.check(new CheckTarget(label, purpose, environment, region, okx.baseUrl(), credentials, null));
        }
    }

    CheckResult check(FakeKey key) {
        return check(key, Purpose.TRADING, key.demo() ? Environment.DEMO : Environment.LIVE, Region.GLOBAL, key.label());
    }

    static Credentials credentialsOf(FakeKey key) {
        return new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()));
    }

    static FakeKey.Builder boundTradingKey() {
        return FakeKey.builder().perm("read_only,trade").ips("127.0.0.1");
    }

}
