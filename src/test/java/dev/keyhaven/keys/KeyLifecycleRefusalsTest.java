package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.VaultException;
import org.junit.jupiter.api.Test;

/** What a rotation, a revocation and its confirmation refuse, and in which words. */
class KeyLifecycleRefusalsTest extends KeyLifecycleFixture {

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
}
