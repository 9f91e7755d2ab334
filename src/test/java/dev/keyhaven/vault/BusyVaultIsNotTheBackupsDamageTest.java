package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 30 #3: the vault busy for a moment while a backup is compared with it (another writer holding SQLite's lock
 * past the busy timeout) is that passing failure, "try again", never the backup's damage.
 */
class BusyVaultIsNotTheBackupsDamageTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault.keyhaven");
    }

    /** A backup holding Grid active; the vault has archived it since (as every rotation does). */
    private Backup backupOfAKeyArchivedSince() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long grid = vault.add(TestKeys.draft("Grid")).record().id();
            Backup chosen = vault.backups().now("manual");
            vault.archive(grid, null);
            return chosen;
        }
    }

    @FunctionalInterface
    private interface WhileBusy {
        void run(Vault vault) throws Exception;
    }

    private void whileAnotherWriterHoldsTheVault(WhileBusy action) throws Exception {
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.keys();
            try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file());
                 Statement statement = holder.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                try {
                    action.run(vault);
                } finally {
                    statement.execute("ROLLBACK");
                }
            }
        }
    }

    @Test
    void aBackupComparedWithABusyVaultIsNotPreparedNorCalledDamaged() throws Exception {
        Backup chosen = backupOfAKeyArchivedSince();

        whileAnotherWriterHoldsTheVault(vault -> {
            VaultException busy = catchThrowableOfType(() -> vault.backups().prepareRestore(chosen),
                    VaultException.class);
            assertThat(busy).as("refused for now, not prepared nor refused as damaged").isNotNull();
            assertThat(busy.reason()).isEqualTo(VaultException.Reason.BUSY);
            assertThat(busy).hasMessageContaining("Try again").hasMessageNotContaining("Damaged");
            assertThat(PreparedRestore.whenTheVaultCannotBeRead(chosen, busy)).as("not restored as it is").isEmpty();
        });

        assertThat(RestoreCopies.all(file())).isEmpty();
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
             PreparedRestore prepared = vault.backups().prepareRestore(chosen)) {
            assertThat(prepared.refusal()).as("the backup itself is fine").isEmpty();
        }
    }

    @Test
    void theListOfBackupsOfABusyVaultSaysTryAgainNotDamaged() throws Exception {
        backupOfAKeyArchivedSince();

        whileAnotherWriterHoldsTheVault(vault -> {
            VaultException busy = catchThrowableOfType(() -> vault.backups().standings(), VaultException.class);
            assertThat(busy).as("not listed with the backup called damaged").isNotNull();
            assertThat(busy.reason()).isEqualTo(VaultException.Reason.BUSY);
        });
    }
}
