package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The unlock screen's offer for a damaged vault cannot read its backups (no key opens the damaged file), so it
 * offers the newest whole one, to be proven at unlock. When that one was edited after it was made, the unlock
 * of the restored vault refuses it as changed outside Keyhaven and offers the newest backup whose seal holds,
 * never the edited one again (issue #15).
 */
class EditedBackupAfterDamageTest extends VaultFileFixture {

    @Test
    void anEditedBackupTheDamageOfferRestoredIsRefusedAtUnlockAndTheIntactOneIsOffered() throws Exception {
        dev.keyhaven.ManualClock clock = new dev.keyhaven.ManualClock(Instant.parse("2026-12-03T12:00:00Z"));
        VaultOptions options = VaultOptions.forTests().withClock(clock);
        Backup intact;
        Backup edited;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options)) {
            vault.add(TestKeys.draft("Gridbot"));
            intact = vault.backups().now("manual");
            clock.advance(Duration.ofHours(1));
            vault.add(TestKeys.draft("Spot"));
            edited = vault.backups().now("manual");
        }
        try (RawVaultFile raw = new RawVaultFile(edited.file())) {
            raw.execute("DELETE FROM keys WHERE id = (SELECT min(id) FROM keys)");
        }
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), options))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED);
                    assertThat(e.newestGoodBackup()).as("read as whole, not yet proven").contains(edited.file());
                });
        VaultFile.restore(file(), edited, options);

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), options))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.newestGoodBackup()).contains(intact.file());
                });
    }
}
