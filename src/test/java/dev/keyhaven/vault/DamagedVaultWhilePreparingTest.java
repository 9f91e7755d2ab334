package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who can write the vault's folder damages the open vault's pages while a restore is prepared (outside
 * review 30, #2). The backup's copy was already compared with the vault's key and found restorable: that checked
 * copy is what goes in, never the backup read again from the backups folder, which they may have swapped for an
 * older genuine vault meanwhile.
 */
class DamagedVaultWhilePreparingTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("vault").resolve("vault.keyhaven");
    }

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    @Test
    void theCheckedCopyGoesInNotABackupSwappedAfterTheVaultWasDamaged() throws Exception {
        Path older = folder.resolve("kept-by-someone.khvault");
        Backup chosen;
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            long grid = vault.add(TestKeys.draft("Grid")).record().id();
            Files.copy(file(), older);
            for (int i = 0; i < 40; i++) {
                vault.recordHistory(grid, VaultPasswordChangeTest.note("note " + i + " " + "x".repeat(200)));
            }
            vault.add(TestKeys.draft("Fresh"));
            chosen = vault.backups().now("manual");
            vault.recordHistory(grid, VaultPasswordChangeTest.note("after the backup"));
        }
        PreparedRestore prepared;
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.keys();
            damageAllButTheFirstPage(file());
            prepared = vault.backups().prepareRestore(chosen);
        }
        try (prepared) {
            assertThat(prepared.copy()).as("the copy compared with the vault's key").isPresent();
            assertThat(prepared.afterRestore()).contains("the vault it replaces could not be read (it is damaged)");
            Files.copy(older, chosen.file(), StandardCopyOption.REPLACE_EXISTING);
            VaultFile.restore(file(), prepared, options());
        }
        assertThat(Files.readAllBytes(file())).as("not the file swapped in").isNotEqualTo(Files.readAllBytes(older));
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactlyInAnyOrder("Grid", "Fresh");
        }
    }

    private static void damageAllButTheFirstPage(Path file) throws java.io.IOException {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(16);
            int pageSize = raw.readUnsignedShort();
            if (pageSize == 1) {
                pageSize = 65536;
            }
            byte[] junk = new byte[(int) raw.length() - pageSize];
            Arrays.fill(junk, (byte) 0x5A);
            raw.seek(pageSize);
            raw.write(junk);
            raw.seek(24);
            int counter = raw.readInt();
            raw.seek(24);
            raw.writeInt(counter + 7);
        }
    }
}
