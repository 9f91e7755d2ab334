package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup whose rows were edited after it was made is refused by the restore, with its own sentence, whether or
 * not OKX said anything since; one made under an older master password is still restored as it is (issue #15).
 */
class EditedBackupRestoreTest {

    private static final String PASSWORD = "correct horse battery staple 42!";
    private static final String OLD_PASSWORD = "an older correct horse battery 7";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T12:00:00Z"));
    private final VaultOptions options = VaultOptions.forTests().withClock(clock);

    @TempDir
    Path folder;

    private long gridbot;
    private long spot;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    private Vault open(String password) throws VaultException {
        try (Secret secret = Secret.ofString(password)) {
            return Vault.open(file(), secret, options);
        }
    }

    /** Gridbot and Spot, a backup of both, and (if {@code okxSaidSince}) OKX's 50111 for Gridbot after it. */
    private Backup vaultWithABackup(boolean okxSaidSince) throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            spot = vault.add(TestKeys.draft("Spot")).record().id();
            Backup backup = vault.backups().now("manual");
            clock.advance(Duration.ofHours(3));
            if (okxSaidSince) {
                vault.recordHistory(gridbot, BackupGoneOnOkxTest.check(clock.instant(), "KEY_NOT_FOUND"));
            }
            return backup;
        }
    }

    private static void deleteKey(Path backup, long id) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(backup)) {
            raw.execute("DELETE FROM history WHERE key_id = " + id);
            raw.execute("DELETE FROM keys WHERE id = " + id);
        }
    }

    private PreparedRestore prepare(Backup backup) throws VaultException {
        try (Vault vault = open(PASSWORD)) {
            return vault.backups().prepareRestore(backup);
        }
    }

    private void assertRefusedAndTheVaultStays(PreparedRestore prepared, String what) throws Exception {
        String sentence = "The backup from " + Problems.describe(prepared.backup().createdAt()) + " cannot be"
                + " restored: Changed outside Keyhaven since it was made (" + what + "): Keyhaven does not trust what"
                + " it holds. Keyhaven will not restore it: choose another backup. If you did not change it yourself,"
                + " someone with access to this computer may have: rotate your OKX keys.";
        assertThat(prepared.refusal()).contains(sentence);
        assertThat(prepared.carried()).isEmpty();
        assertThat(RestoreCopies.all(file())).isEmpty();
        byte[] before = Files.readAllBytes(file());
        assertThatThrownBy(() -> VaultFile.restore(file(), prepared, options))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e).hasMessage(sentence);
                });
        assertThat(Files.readAllBytes(file())).as("the vault was not replaced").isEqualTo(before);
        try (Vault vault = open(PASSWORD)) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("Gridbot", "Spot");
        }
    }

    @Test
    void aBackupWithAKeyDeletedIsRefusedNotCalledOneOfAnOlderPassword() throws Exception {
        Backup backup = vaultWithABackup(true);
        deleteKey(backup.file(), spot);

        try (PreparedRestore prepared = prepare(backup)) {
            assertThat(prepared.notCarried()).isEmpty();
            assertRefusedAndTheVaultStays(prepared, "its keys or their history are not as Keyhaven left them");
        }
    }

    @Test
    void anEditedBackupIsRefusedEvenWhenOkxSaidNothingSince() throws Exception {
        Backup backup = vaultWithABackup(false);
        deleteKey(backup.file(), spot);

        try (PreparedRestore prepared = prepare(backup)) {
            assertRefusedAndTheVaultStays(prepared, "its keys or their history are not as Keyhaven left them");
        }
    }

    /** The seal was made again over the edit (as only the data key's holder could): the value's own check refuses. */
    @Test
    void aValueThatDoesNotDecryptUnderAMatchingSealIsRefusedByTheCopysOwnCheck() throws Exception {
        Backup backup = vaultWithABackup(true);
        try (Secret password = Secret.ofString(PASSWORD)) {
            OlderVaultWriter.makeApiKeyUndecryptable(backup.file(), password, spot);
        }

        try (PreparedRestore prepared = prepare(backup)) {
            assertRefusedAndTheVaultStays(prepared, "a value in it does not decrypt");
        }
    }

    @Test
    void aBackupOfAnOlderPasswordIsRestoredAsItIsAndSaysWhatItLacks() throws Exception {
        Backup backup;
        try (Secret password = Secret.ofString(OLD_PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            gridbot = vault.add(TestKeys.draft("Gridbot")).record().id();
            backup = vault.backups().now("manual");
            clock.advance(Duration.ofHours(3));
            vault.changePassword(Secret.ofString(OLD_PASSWORD), Secret.ofString(PASSWORD));
            vault.recordHistory(gridbot, BackupGoneOnOkxTest.check(clock.instant(), "KEY_NOT_FOUND"));
        }
        PreparedRestore prepared = prepare(backup);
        assertThat(prepared.refusal()).isEmpty();
        assertThat(prepared.carried()).isEmpty();
        assertThat(prepared.afterRestore()).isEqualTo(" What OKX said since this backup was made is not carried into"
                + " it: it opens with an older master password.");
        assertThat(RestoreCopies.all(file())).as("the checked copy is what goes in, as it is").hasSize(1);
        try (prepared) {
            VaultFile.restore(file(), prepared, options);
        }

        try (Vault restored = open(OLD_PASSWORD)) {
            assertThat(restored.keys()).extracting(KeyRecord::label).containsExactly("Gridbot");
            assertThat(GoneOnOkx.saidAt(restored.history(gridbot))).as("nothing was carried").isEmpty();
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(Files.readAllBytes(backup.file()));
    }

    @Test
    void closingAPreparedRestoreRemovesItsCopyAndTheRestoreThenSaysItIsGone() throws Exception {
        Backup backup = vaultWithABackup(true);
        PreparedRestore prepared = prepare(backup);
        assertThat(prepared.carried()).containsExactly("Gridbot");
        assertThat(RestoreCopies.all(file())).hasSize(1);
        byte[] before = Files.readAllBytes(file());

        prepared.close();

        assertThat(RestoreCopies.all(file())).isEmpty();
        assertThatThrownBy(() -> VaultFile.restore(file(), prepared, options))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e).hasMessage("The copy of the backup"
                        + " from " + Problems.describe(backup.createdAt()) + " made for this restore is gone or is"
                        + " no longer the file Keyhaven made (opening the vault meanwhile removes such copies): nothing"
                        + " was restored. Restore the backup again."));
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aDamagedBackupIsRefusedAsDamage() throws Exception {
        Backup backup = vaultWithABackup(true);
        try (RawVaultFile raw = new RawVaultFile(backup.file())) {
            raw.execute("PRAGMA application_id = 0");
        }
        byte[] before = Files.readAllBytes(file());

        try (PreparedRestore prepared = prepare(backup)) {
            assertThat(prepared.refusal()).contains("The backup from " + Problems.describe(backup.createdAt())
                    + " cannot be restored: Damaged (it is not a Keyhaven vault): Keyhaven cannot read it. It cannot be"
                    + " restored: choose another backup.");
            assertThatThrownBy(() -> VaultFile.restore(file(), prepared, options))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(VaultException.Reason.DAMAGED));
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }
}
