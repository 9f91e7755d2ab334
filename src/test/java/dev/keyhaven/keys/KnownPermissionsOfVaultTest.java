package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a key's permissions are known to be, read from its own history in a real vault (as run and the gateway do). */
class KnownPermissionsOfVaultTest extends KeyLifecycleFixture {

    @Test
    void eachKeyIsToldByItsOwnHistory() throws VaultException {
        vault.recordHistory(gridBot, new HistoryEntry(CLOCK.instant(), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK,
                "Works.", true, Permissions.parse("read_only,trade,withdraw"), List.of("203.0.113.7"), "42", List.of(),
                null));
        long other;
        try (Credentials credentials = credentials("other")) {
            other = vault.add(new KeyDraft("Spot bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 0,
                    credentials)).record().id();
        }

        KnownPermissions gridBotKnown = KnownPermissions.of(vault, gridBot);
        KnownPermissions otherKnown = KnownPermissions.of(vault, other);

        assertThat(gridBotKnown.withdrawEnabled()).isTrue();
        assertThat(gridBotKnown.knownAt()).contains(CLOCK.instant());
        assertThat(otherKnown.neverChecked()).isTrue();
        assertThat(otherKnown.withdrawEnabled()).isFalse();
    }
}
