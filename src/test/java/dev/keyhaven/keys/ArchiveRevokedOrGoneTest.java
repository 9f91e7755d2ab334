package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key archived because OKX no longer knew it, then restored and revoked, is "revoked" (the newer word wins); one
 * revoked, restored, then archived as gone is "gone"; a check after the archive changes neither (issue #15).
 */
class ArchiveRevokedOrGoneTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T15:00:00Z"));

    @TempDir
    Path folder;

    private HistoryEntry goneCheck() {
        clock.advance(Duration.ofMinutes(1));
        return KeyService.historyEntry(new CheckResult(false, Environment.LIVE, "https://www.okx.com", 80L, 0L, null,
                null, List.of(), null, List.of(new Problem(ProblemId.KEY_NOT_FOUND, Severity.ERROR, "50119",
                "Unknown key.", "Check it.")), clock.instant()));
    }

    private long add(Vault vault, String label, String apiKey) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey + "-0000-0000-0000-000000000000"),
                Secret.ofString("SECRET" + apiKey), Secret.ofString("Passphrase-" + apiKey))) {
            return vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, null, 90,
                    credentials)).record().id();
        }
    }

    private ArchiveReason reason(Vault vault, long id) throws Exception {
        return ArchiveReason.of(vault, vault.key(id).orElseThrow());
    }

    @Test
    void theNewerOfRevokedAndGoneIsTheReason() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(clock))) {
            KeyLifecycle lifecycle = new KeyLifecycle(vault, clock);
            long goneThenRevoked = add(vault, "Gridbot", "aaaaaaaa");
            vault.recordHistory(goneThenRevoked, goneCheck());
            clock.advance(Duration.ofMinutes(1));
            lifecycle.archiveGone(goneThenRevoked);
            clock.advance(Duration.ofMinutes(1));
            lifecycle.restore(goneThenRevoked);
            clock.advance(Duration.ofMinutes(1));
            lifecycle.revoke(goneThenRevoked);

            long revokedThenGone = add(vault, "Spot", "bbbbbbbb");
            clock.advance(Duration.ofMinutes(1));
            lifecycle.revoke(revokedThenGone);
            clock.advance(Duration.ofMinutes(1));
            lifecycle.restore(revokedThenGone);
            vault.recordHistory(revokedThenGone, goneCheck());
            clock.advance(Duration.ofMinutes(1));
            lifecycle.archiveGone(revokedThenGone);
            // A later check of the archived key is neither a revocation nor a note that it was gone.
            clock.advance(Duration.ofMinutes(1));
            vault.recordHistory(revokedThenGone, new HistoryEntry(clock.instant(), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.FAILED, "Checked.", false, null, List.of(), null, List.of("NETWORK"), null));

            assertThat(reason(vault, goneThenRevoked).word()).isEqualTo("revoked");
            assertThat(reason(vault, goneThenRevoked).sentence()).isEqualTo("Revoked: not replaced.");
            assertThat(reason(vault, revokedThenGone).word()).isEqualTo("gone");
            assertThat(reason(vault, revokedThenGone).sentence())
                    .isEqualTo("Archived: OKX no longer knew this key on 3 Dec 2026, 15:07.");
        }
    }
}
