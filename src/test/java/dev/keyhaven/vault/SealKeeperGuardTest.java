package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the generation memory learns at an unlock and at a password change, and what that later catches; which backup
 * a tampered vault offers (only one the restore takes).
 */
class SealKeeperGuardTest {

    @TempDir
    Path folder;

    @Test
    @Tag("mutation-redundant")
    void anUnlockTeachesAnEmptyMemoryTheFilesGeneration() throws Exception {
        Path file = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        Path config = folder.resolve("other-config");
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests().withGenerationMemory(config))) {
            assertThat(vault.olderCopyWarning()).isEmpty();
        }
        try (RawVaultFile raw = new RawVaultFile(file)) {
            byte[] vaultId = VaultHeader.decode(raw.blob("vault_header", "header", 1)).vaultId();
            long generation = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
            assertThat(new GenerationMemory(config).lastSeen(vaultId)).map(GenerationMemory.Seen::generation)
                    .contains(generation);
        }
    }

    @Test
    void aCopyFromBeforeAPasswordChangePutBackInPlaceIsWarnedAbout() throws Exception {
        Path file = folder.resolve("keys.khvault");
        Path before = folder.resolve("before.khvault");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        Secret newPassword = Secret.ofString("a new master password");
        try (Vault vault = Vault.create(file, TestKeys.password(), options)) {
            vault.add(TestKeys.draft("grid"));
            vault.close();
            Files.copy(file, before);
        }
        try (Vault vault = Vault.open(file, TestKeys.password(), options)) {
            vault.changePassword(TestKeys.password(), newPassword);
        }
        Files.copy(before, file, StandardCopyOption.REPLACE_EXISTING);
        try (Vault vault = Vault.open(file, TestKeys.password(), options)) {
            assertThat(vault.olderCopyWarning()).as("the copy from before the change is older").isPresent();
        }
    }

    @Test
    void aNewerFormatCopyIsNotTheIntactBackupOfferedForATamperedVault() throws Exception {
        Backup whole = tamperedVaultWithABackup();
        Path newer = Files.copy(whole.file(), whole.file().resolveSibling("20991231-000000.manual.khbackup"));
        try (RawVaultFile raw = new RawVaultFile(newer)) {
            raw.execute("PRAGMA user_version = " + (Schema.current().latestVersion() + 1));
        }

        assertTheRestorableBackupIsOffered(whole);
    }

    @Test
    void aLinkToAnIntactCopyIsNotTheIntactBackupOfferedForATamperedVault() throws Exception {
        Backup whole = tamperedVaultWithABackup();
        Path elsewhere = Files.copy(whole.file(), folder.resolve("elsewhere.khvault"));
        Files.createSymbolicLink(whole.file().resolveSibling("20991231-000000.manual.khbackup"), elsewhere);

        assertTheRestorableBackupIsOffered(whole);
    }

    private Backup tamperedVaultWithABackup() throws Exception {
        Path file = folder.resolve("keys.khvault");
        Backup whole;
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            whole = vault.backups().now("manual");
        }
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("UPDATE keys SET updated_at = updated_at + 1");
        }
        return whole;
    }

    private void assertTheRestorableBackupIsOffered(Backup whole) {
        assertThatThrownBy(() -> Vault.open(folder.resolve("keys.khvault"), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(VaultException.Reason.TAMPERED);
                    assertThat(e.newestGoodBackup()).as("the copy the restore takes").contains(whole.file());
                });
    }
}
