package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore keeps what OKX said after the backup was made: the key it no longer knows is restored with that check
 * in its history, sealed, so the restored vault does not call it fine (issue #15).
 */
class BackupRestoreCarriesGoneTest {

    private static final String PASSWORD = "correct horse battery staple 42!";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-03T12:00:00Z"));
    private final VaultOptions options = VaultOptions.forTests().withClock(clock);

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    @Test
    void aCopyRenamedTo2999GetsTheChecksMadeAfterItsNewestChange() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            long gone = vault.add(TestKeys.draft("Gridbot")).record().id();
            Backup made = vault.backups().now("manual");
            java.nio.file.Files.move(made.file(), made.file().resolveSibling("29991231-235959.manual.khbackup"));
            clock.advance(Duration.ofHours(3));
            vault.recordHistory(gone, BackupGoneOnOkxTest.check(clock.instant(), "KEY_NOT_FOUND"));
            Backup renamed = vault.backups().standings().get(0).backup();
            assertThat(renamed.id()).startsWith("2999");
            try (PreparedRestore prepared = vault.backups().prepareRestore(renamed)) {
                assertThat(prepared.carried()).containsExactly("Gridbot");
            }
        }
    }

    private Vault open() throws VaultException {
        try (Secret password = Secret.ofString(PASSWORD)) {
            return Vault.open(file(), password, options);
        }
    }

    @Test
    void theKeyOkxNoLongerKnowsComesBackWithThatCheckAndTheOtherWithout() throws Exception {
        long gone;
        long fine;
        PreparedRestore prepared;
        Instant said = clock.instant().plus(Duration.ofHours(2));
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            gone = vault.add(TestKeys.draft("Gridbot")).record().id();
            fine = vault.add(TestKeys.draft("Spot")).record().id();
            Backup backup = vault.backups().now("manual");
            clock.advance(Duration.ofHours(3));
            vault.recordHistory(gone, BackupGoneOnOkxTest.check(said, "KEY_NOT_FOUND"));
            vault.recordHistory(fine, BackupGoneOnOkxTest.check(said));
            vault.archive(gone, null);
            prepared = vault.backups().prepareRestore(backup);
        }
        assertThat(prepared.carried()).containsExactly("Gridbot");
        assertThat(prepared.afterRestore())
                .isEqualTo(" OKX said since that it no longer knows Gridbot: the restored vault says so.");
        try (prepared) {
            VaultFile.restore(file(), prepared, options);
        }

        try (Vault restored = open()) {
            assertThat(restored.key(gone).orElseThrow().archived()).isFalse();
            assertThat(GoneOnOkx.saidAt(restored.history(gone))).contains(said);
            assertThat(restored.history(fine)).isEmpty();
        }
        assertThat(RestoreCopies.all(file())).as("no copy left beside the vault").isEmpty();
    }

    @Test
    void aCheckFromBeforeTheBackupIsTheBackupsOwnAndNothingIsCarried() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            long gone = vault.add(TestKeys.draft("Gridbot")).record().id();
            vault.recordHistory(gone, BackupGoneOnOkxTest.check(clock.instant().minusSeconds(60), "KEY_NOT_FOUND"));
            clock.advance(Duration.ofMinutes(1));
            Backup backup = vault.backups().now("manual");
            try (PreparedRestore prepared = vault.backups().prepareRestore(backup)) {
                assertThat(prepared.carried()).isEmpty();
                assertThat(prepared.afterRestore()).isEmpty();
            }
        }
    }

    /** The row carried is OKX's answer itself, not a later note of the key's (a changed label, say). */
    @Test
    void theCarriedRowIsTheCheckNotANoteAfterIt() throws Exception {
        long gone;
        PreparedRestore prepared;
        Instant said = clock.instant().plus(Duration.ofHours(2));
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(file(), password, options)) {
            gone = vault.add(TestKeys.draft("Gridbot")).record().id();
            Backup backup = vault.backups().now("manual");
            clock.advance(Duration.ofHours(3));
            vault.recordHistory(gone, BackupGoneOnOkxTest.check(said, "KEY_NOT_FOUND"));
            vault.recordHistory(gone, new HistoryEntry(said.plusSeconds(60), HistoryEntry.Kind.CHANGE,
                    HistoryEntry.Outcome.INFO, "The notes were changed.", false, null, java.util.List.of(), null,
                    java.util.List.of(), null));
            prepared = vault.backups().prepareRestore(backup);
        }
        try (prepared) {
            VaultFile.restore(file(), prepared, options);
        }
        try (Vault restored = open()) {
            assertThat(restored.history(gone)).singleElement().satisfies(row -> {
                assertThat(row.kind()).isEqualTo(HistoryEntry.Kind.CHECK);
                assertThat(row.at()).isEqualTo(said);
            });
            try (Secret apiKey = restored.apiKey(gone)) {
                String whole = apiKey.apply(String::new);
                assertThat(ApiKeyStart.of(restored, gone)).isEqualTo(whole.substring(0, 8));
            }
        }
    }
}
