package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Restoring the migration backup of a vault made at an older format, after OKX said it no longer knows a key: a
 * copy sealed as Keyhaven seals today (format 2 on) gets that check written in; one from before seals cannot be, and
 * the restore says so before it runs instead of restoring a vault that calls the key fine without a word.
 */
class OldFormatBackupRestoreTest extends VaultFileFixture {

    private PreparedRestore restoreAfterARefusal(int format) throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(),
                formerSchema(format))) {
            vault.add(TestKeys.draft("grid"));
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            Backup migration = vault.backups().standings().stream().map(BackupStanding::backup)
                    .filter(backup -> backup.reason().equals("migration")).findFirst().orElseThrow();
            long grid = vault.keys().get(0).id();
            vault.recordHistory(grid, new HistoryEntry(migration.createdAt().plusSeconds(60), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.FAILED, "Checked.", false, null, List.of(), null, List.of("KEY_NOT_FOUND"),
                    null));
            return vault.backups().prepareRestore(migration);
        }
    }

    @Test
    void aBackupFromBeforeSealsCannotTakeOkxsRefusalAndItsRestoreSaysSo() throws Exception {
        try (PreparedRestore prepared = restoreAfterARefusal(1)) {
            assertThat(prepared.refusal()).isEmpty();
            assertThat(prepared.carried()).isEmpty();
            assertThat(prepared.notCarried()).contains("What OKX said since this backup was made is not carried into"
                    + " it: it is from an older version of Keyhaven.");
        }
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    @Test
    void aBackupOfTheFirstSealedFormatTakesOkxsRefusal() throws Exception {
        try (PreparedRestore prepared = restoreAfterARefusal(Schema.SEALED_FROM)) {
            assertThat(prepared.refusal()).isEmpty();
            assertThat(prepared.carried()).containsExactly("grid");
            assertThat(prepared.notCarried()).isEmpty();
        }
    }
}
