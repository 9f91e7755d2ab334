package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
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
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A real vault on a fixed clock holding one trading key, "Grid bot", for the tests of {@link KeyLifecycle}. */
abstract class KeyLifecycleFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T17:45:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    Vault vault;
    KeyLifecycle lifecycle;
    long gridBot;

    @BeforeEach
    void openVaultWithOneKey() throws VaultException {
        vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(CLOCK));
        lifecycle = new KeyLifecycle(vault, CLOCK);
        try (Credentials credentials = credentials("old")) {
            gridBot = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null,
                    "runs on the VPS", 60, credentials)).record().id();
        }
    }

    @AfterEach
    void lock() {
        vault.close();
    }

    static Credentials credentials(String tag) {
        return new Credentials(Secret.ofString("apikey-" + tag), Secret.ofString("SECRET" + tag.toUpperCase()),
                Secret.ofString("Passphrase-" + tag + "1!"));
    }
}
