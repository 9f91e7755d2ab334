package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a key is archived, one sentence for the app's archive and `list --archived`. */
class ArchiveReasonTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T17:45:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void eachWayAKeyLeftTheListIsToldTruthfully() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(CLOCK))) {
            KeyLifecycle lifecycle = new KeyLifecycle(vault, CLOCK);
            long revoked = add(vault, "Leaked bot", "a");
            lifecycle.revoke(revoked);
            long rotated = add(vault, "Grid bot", "b");
            long replacement;
            try (Credentials fresh = credentials("c")) {
                replacement = lifecycle.rotate(rotated, fresh).record().id();
            }

            assertThat(ArchiveReason.of(vault, vault.key(revoked).orElseThrow()).sentence())
                    .isEqualTo("Revoked: not replaced.");
            ArchiveReason replaced = ArchiveReason.of(vault, vault.key(rotated).orElseThrow());
            assertThat(replaced.sentence()).isEqualTo("Replaced by \u201cGrid bot\u201d.");
            assertThat(replaced.word()).isEqualTo("replaced");
            assertThat(replaced.replacedBy()).isEqualTo("Grid bot");

            lifecycle.revoke(replacement);
            assertThat(ArchiveReason.of(vault, vault.key(rotated).orElseThrow()).sentence())
                    .isEqualTo("Replaced by \u201cGrid bot\u201d (archived since).");
            lifecycle.restore(rotated);
            lifecycle.revoke(rotated);
            ArchiveReason again = ArchiveReason.of(vault, vault.key(rotated).orElseThrow());
            assertThat(again.sentence()).startsWith("Revoked after it was restored: a rotation had replaced it before");
            assertThat(again.word()).isEqualTo("revoked");
        }
    }

    @Test
    void aRevokedKeyIsNotSaidToBeReplacedWhateverTheCallerHasAtHand() throws Exception {
        try (Vault vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(CLOCK))) {
            long revoked = add(vault, "Leaked bot", "a");
            long other = add(vault, "Other bot", "b");
            new KeyLifecycle(vault, CLOCK).revoke(revoked);

            ArchiveReason reason = ArchiveReason.of(vault.key(revoked).orElseThrow(), vault.key(other));

            assertThat(reason.sentence()).isEqualTo("Revoked: not replaced.");
            assertThat(reason.word()).isEqualTo("revoked");
            assertThat(reason.replacedBy()).isNull();
            assertThat(ArchiveReason.of(vault.key(revoked).orElseThrow(), Optional.empty()).sentence())
                    .isEqualTo("Revoked: not replaced.");
        }
    }

    private static long add(Vault vault, String label, String suffix) throws Exception {
        try (Credentials credentials = credentials(suffix)) {
            return vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, null, 90,
                    credentials)).record().id();
        }
    }

    private static Credentials credentials(String suffix) {
        return new Credentials(Secret.ofString("apikey-" + suffix), Secret.ofString("secret-" + suffix),
                Secret.ofString("passphrase-" + suffix));
    }
}
