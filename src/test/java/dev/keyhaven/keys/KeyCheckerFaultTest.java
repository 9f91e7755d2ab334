package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.AccountConfig;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxEndpoint;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.Region;
import dev.keyhaven.okx.TradingBalance;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A request that fails in a way nobody planned for must not wipe the credentials the others still sign with. */
class KeyCheckerFaultTest {

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() {
        client.close();
        okx.close();
    }

    @Test
    @Tag("slow")
    void theOtherRequestsFinishWithIntactCredentialsBeforeTheSurpriseIsThrown() {
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        AtomicReference<Object> fundingOutcome = new AtomicReference<>();
        KeyChecker.SignedRequests real = KeyChecker.SignedRequests.of(client);
        KeyChecker.SignedRequests oneThrows = new KeyChecker.SignedRequests() {
            @Override
            public AccountConfig accountConfig(OkxEndpoint endpoint, Credentials credentials) throws OkxException {
                return real.accountConfig(endpoint, credentials);
            }

            @Override
            public TradingBalance tradingBalance(OkxEndpoint endpoint, Credentials credentials) {
                throw new IllegalStateException("a bug in reading the balance");
            }

            @Override
            public List<FundingBalance> fundingBalances(OkxEndpoint endpoint, Credentials credentials)
                    throws OkxException {
                pause(Duration.ofMillis(300));
                try {
                    List<FundingBalance> balances = real.fundingBalances(endpoint, credentials);
                    fundingOutcome.set(balances);
                    return balances;
                } catch (OkxException | RuntimeException failure) {
                    fundingOutcome.set(failure);
                    throw failure;
                }
            }
        };

        try (KeyChecker checker = new KeyChecker(client, Clock.systemUTC(), oneThrows);
             Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                     Secret.ofString(key.passphrase()))) {
            assertThatThrownBy(() -> checker.check(new CheckTarget("bot", Purpose.TRADING, Environment.LIVE,
                    Region.GLOBAL, okx.baseUrl(), credentials, null)))
                    .hasRootCauseInstanceOf(IllegalStateException.class);
        }

        assertThat(fundingOutcome.get()).as("the slow request had finished, signed with the real key").isInstanceOf(List.class);
        assertThat(okx.requestCount(OkxClient.ASSET_BALANCES_PATH)).isEqualTo(1);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
