package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Once the vault is locked, nothing about its backups is read or done until the master password is given again:
 * no comparison of what they hold, no restore prepared, no first backup, no other vault accepted. A second
 * Keyhaven that opened the vault only to read makes no backup of it: that is the writer's work.
 */
class LockedVaultBackupsTest extends VaultFileFixture {

    private static void refusedAsLocked(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(VaultException.class)
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.LOCKED);
    }

    @Test
    void aLockedVaultComparesNoBackupAndPreparesNoRestore() throws Exception {
        Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
        vault.add(TestKeys.draft("Gridbot"));
        Backup backup = vault.backups().now("manual");
        vault.close();

        refusedAsLocked(() -> vault.backups().standings());
        refusedAsLocked(() -> vault.backups().prepareRestore(backup));
        assertThat(RestoreCopies.all(file())).isEmpty();
    }

    @Test
    void aLockedVaultMakesNoFirstBackupAndAcceptsNoOtherVault() throws Exception {
        Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
        vault.add(TestKeys.draft("Gridbot"));
        vault.close();
        int before = VaultFile.backups(file()).size();

        refusedAsLocked(vault.backups()::firstIfNone);
        refusedAsLocked(vault::acceptOtherVault);
        assertThat(VaultFile.backups(file())).hasSize(before);
    }

    @Test
    void aReadOnlyOpeningBesideNoWriterMakesNoFirstBackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("Gridbot"));
        }
        try (Vault shared = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
            int before = VaultFile.backups(file()).size();
            assertThatThrownBy(shared.backups()::firstIfNone).isInstanceOf(VaultException.class)
                    .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.IN_USE);
            assertThat(VaultFile.backups(file())).hasSize(before);
        }
    }
}
