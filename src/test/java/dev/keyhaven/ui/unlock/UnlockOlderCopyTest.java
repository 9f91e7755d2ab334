package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;

/** The desktop app says so when the vault file is an older copy of itself (found by attacking issue 14). */
class UnlockOlderCopyTest extends UnlockWithMemoryFixture {

    @Test
    void unlockingAnOlderCopyOfTheVaultWarnsAndAcceptingItEndsTheWarning() throws Exception {
        Path older = folder.resolve("older.keyhaven");
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile(), password, options())) {
            vault.add(draft("grid"));
            Files.copy(vaultFile(), older);
            vault.add(draft("added later"));
        }
        Files.copy(older, vaultFile(), StandardCopyOption.REPLACE_EXISTING);

        unlock(vaultFile());
        assertThat(unlocked).hasSize(1);
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("older than the one Keyhaven last saw");
        unlocked.get(0).close();

        dialogs.answering(true);
        unlock(vaultFile());
        assertThat(dialogs.confirmations).as("still warned until kept on purpose").hasSize(2);
        unlocked.get(1).close();
        unlock(vaultFile());
        assertThat(dialogs.confirmations).as("kept on purpose").hasSize(2);
    }

    @Test
    void aVaultChangedOutsideKeyhavenOffersItsNewestIntactBackupFromTheUnlockScreen() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile(), password, options())) {
            vault.add(draft("grid"));
            vault.backups().now("manual");
            vault.add(draft("tax"));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + vaultFile());
             var statement = connection.createStatement()) {
            statement.execute("DELETE FROM keys WHERE id = 2");
        }
        dialogs.answering(true);
        unlock(vaultFile());
        assertThat(unlocked).isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString().contains("changed outside Keyhaven");

        unlock(vaultFile());
        assertThat(unlocked).as("the restored backup opens, not warned about as an older copy").hasSize(1);
        assertThat(unlocked.get(0).keys()).hasSize(1);
        assertThat(dialogs.confirmations).hasSize(1);
    }

    @Test
    void anUnreadableMemoryOfTheNewestChangeIsSaidOnceAndTheVaultStillOpens() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile(), password, options())) {
            vault.add(draft("grid"));
        }
        Files.write(folder.resolve("config").resolve("vault-generations.txt"), new byte[] {(byte) 0xC3, 0x28, '\n'});

        unlock(vaultFile());
        assertThat(unlocked).as("nobody is locked out").hasSize(1);
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Keyhaven cannot tell whether this vault was rolled back | Keyhaven's memory of this vault's"
                        + " newest change could not be read");
        unlocked.get(0).close();

        unlock(vaultFile());
        assertThat(unlocked).hasSize(2);
        assertThat(dialogs.confirmations).as("said once").hasSize(1);
    }
}
