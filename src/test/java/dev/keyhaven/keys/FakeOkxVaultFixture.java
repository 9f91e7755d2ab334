package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the checks of stored keys share: a real vault file in a temporary folder, the fake OKX on loopback. */
abstract class FakeOkxVaultFixture {

    @TempDir
    Path folder;

    final FakeOkxServer okx = FakeOkxServer.start();
    final OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(2)).build();
    Vault vault;

    @BeforeEach
    void openVault() throws VaultException {
        try (Secret password = Secret.ofString("correct horse battery staple")) {
            vault = Vault.create(folder.resolve("keys.keyhaven"), password, VaultOptions.forTests());
        }
    }

    @AfterEach
    void stopVaultAndOkx() {
        vault.close();
        client.close();
        okx.close();
    }

    /** Saves {@code key} as a live trading bot's key named {@code label}, at the fake OKX's address. */
    long saveTradingKey(String label, FakeKey key) throws VaultException {
        try (Credentials credentials = key.credentials()) {
            return vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
        }
    }

    /** Checks through a service whose clock stands at {@code now}, in UTC. */
    KeyService serviceAt(Instant now) {
        return new KeyService(new KeyChecker(client, Clock.fixed(now, ZoneOffset.UTC)));
    }
}
