package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rotation, a revocation and its confirmation refuse, and in which words. */
class KeyLifecycleRefusalsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T17:45:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Vault vault;
    private KeyLifecycle lifecycle;
    private long gridBot;

    @BeforeEach
    void openVaultWithOneKey() throws VaultException {
        vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(CLOCK));
        lifecycle = new KeyLifecycle(vault, CLOCK);
        try (Credentials credentials = credentials("old")) {
            gridBot = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 60,
                    credentials)).record().id();
        }
    }

    @AfterEach
    void lock() {
        vault.close();
    }

    @Test
    void aThirdRotationTheSameDayIsTheThirdArchivedCopy() throws VaultException {
        long current = gridBot;
        for (String tag : new String[] {"one", "two"}) {
            try (Credentials fresh = credentials(tag)) {
                current = lifecycle.rotate(current, fresh).record().id();
            }
        }
        try (Credentials fresh = credentials("three")) {
            lifecycle.rotate(current, fresh);
        }

        assertThat(vault.key(current).orElseThrow().label()).isEqualTo("Grid bot (replaced 2026-11-23, archived copy 3)");
    }

    @Test
    void aRevokedKeyIsNotToldToRotateAReplacementItDoesNotHave() throws VaultException {
        lifecycle.revoke(gridBot);

        assertThatThrownBy(() -> lifecycle.revoke(gridBot)).isInstanceOf(VaultException.class)
                .hasMessage("\"Grid bot\" is archived already.");
    }

    @Test
    void aCheckedRotationRefusesTheOldKeysOwnApiKeyBeforeAskingOkx() {
        try (Credentials same = credentials("old")) {
            assertThatThrownBy(() -> lifecycle.rotateChecked(gridBot, same)).isInstanceOf(VaultException.class)
                    .hasMessageContaining("This is the API key of \"Grid bot\" itself.");
        }
    }

    @Test
    void confirmingTheRevocationOfAnUnknownKeySaysSoAndTheNextStep() {
        assertThatThrownBy(() -> lifecycle.confirmRevoked(999)).isInstanceOf(VaultException.class)
                .hasMessage("There is no key with id 999 in this vault. Refresh the key list and try again.");
    }

    @Test
    void aLifecycleWithoutChecksSaysItCannotCheckInsteadOfFailingBlindly() throws VaultException {
        lifecycle.revoke(gridBot);

        assertThatThrownBy(() -> lifecycle.confirmRevoked(gridBot)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("made without a KeyService");
    }

    private static Credentials credentials(String tag) {
        return new Credentials(Secret.ofString("apikey-" + tag), Secret.ofString("SECRET" + tag.toUpperCase()),
                Secret.ofString("Passphrase-" + tag + "1!"));
    }
}
