package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A header edited outside Keyhaven, its checksum rewritten, no longer unwraps with the right password. It is
 * told as a change, not as a wrong password, when the password opens a backup that holds the header
 * Keyhaven last saw here; that backup is offered.
 */
class HeaderEditedAttackTest extends VaultFileFixture {

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    private static Secret newPassword() {
        return Secret.ofString("another long master password 42");
    }

    private Backup vaultWithABackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
            return vault.backups().now("test");
        }
    }

    @Test
    void anEditedHeaderIsAChangeOutsideKeyhavenAndItsBackupIsOffered() throws Exception {
        Backup backup = vaultWithABackup();
        Vault.create(folder.resolve("other.khvault"), newPassword(), options()).close();
        editTheSalt();

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), options()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.getMessage()).startsWith("This vault's password protection was changed outside"
                            + " Keyhaven: this master password opens the backup from ");
                    assertThat(e.newestGoodBackup()).contains(backup.file());
                });
        assertThatThrownBy(() -> Vault.open(file(), newPassword(), options()))
                .as("another password is still a wrong one")
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void theOfferedBackupOpensWithThePasswordAfterRestore() throws Exception {
        vaultWithABackup();
        editTheSalt();
        VaultException told = openFails(TestKeys.password());

        VaultFile.restore(file(), VaultFile.backups(file()).stream()
                .filter(b -> b.file().equals(told.newestGoodBackup().orElseThrow())).findFirst().orElseThrow(), options());

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid");
        }
    }

    @Test
    void aBackupWhoseRowsWereChangedIsNotOffered() throws Exception {
        Backup backup = vaultWithABackup();
        try (RawVaultFile raw = new RawVaultFile(backup.file())) {
            raw.execute("DELETE FROM keys");
        }
        editTheSalt();

        assertThat(openFails(TestKeys.password()).reason()).isEqualTo(Reason.WRONG_PASSWORD);
    }

    @Test
    void withoutAMemoryOfTheHeaderItIsAWrongPassword() throws Exception {
        vaultWithABackup();
        editTheSalt();

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void theFormerPasswordAfterAChangeIsAWrongPasswordNotAnEditedHeader() throws Exception {
        vaultWithABackup();
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.changePassword(TestKeys.password(), newPassword());
        }

        assertThat(openFails(TestKeys.password()).reason()).as("the backups still open with it").isEqualTo(Reason.WRONG_PASSWORD);
    }

    @Test
    void theFormerPasswordOnAnEditedHeaderIsAWrongPassword() throws Exception {
        vaultWithABackup();
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.changePassword(TestKeys.password(), newPassword());
        }
        editTheSalt();

        assertThat(openFails(TestKeys.password()).reason()).as("the backups it opens hold a header no longer used")
                .isEqualTo(Reason.WRONG_PASSWORD);
    }

    @Test
    void aRestoredBackupsHeaderIsTheOneRemembered() throws Exception {
        Backup before = vaultWithABackup();
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.changePassword(TestKeys.password(), newPassword());
        }
        VaultFile.restore(file(), before, options());

        assertThat(openFails(newPassword()).reason()).as("the copy kept before the restore opens with it")
                .isEqualTo(Reason.WRONG_PASSWORD);
    }

    @Test
    void anAcceptedOtherVaultsHeaderIsTheOneRemembered() throws Exception {
        vaultWithABackup();
        Path other = folder.resolve("other.khvault");
        Vault.create(other, newPassword(), VaultOptions.forTests()).close();
        java.nio.file.Files.copy(other, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Vault vault = Vault.open(file(), newPassword(), options())) {
            assertThat(vault.otherVaultWarning()).isPresent();
        }
        assertThat(openFails(TestKeys.password()).reason()).as("not taken yet: the first vault's header is remembered")
                .isEqualTo(Reason.TAMPERED);
        try (Vault vault = Vault.open(file(), newPassword(), options())) {
            vault.acceptOtherVault();
        }
        assertThat(openFails(TestKeys.password()).reason()).isEqualTo(Reason.WRONG_PASSWORD);
    }

    private VaultException openFails(Secret password) {
        try {
            Vault.open(file(), password, options()).close();
        } catch (VaultException e) {
            return e;
        }
        throw new AssertionError("the vault opened");
    }

    /** Changes the first byte of the salt, inside the data key's associated data, and rewrites the checksum. */
    private void editTheSalt() throws Exception {
        EditedHeader.editTheSalt(file());
    }
}
