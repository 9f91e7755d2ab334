package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password change's own checks, below the vault's: the current password must unwrap the very key the
 * vault holds (not just any key), and a seal broken outside Keyhaven stops the change with nothing written.
 */
class RekeyingGuardTest {

    @TempDir
    Path folder;

    @Test
    void theRightPasswordForAnotherVaultsHeaderIsNotTheCurrentPassword() throws Exception {
        Path mine = folder.resolve("mine.khvault");
        Path other = folder.resolve("other.khvault");
        Vault.create(mine, TestKeys.password(), VaultOptions.forTests()).close();
        Vault.create(other, TestKeys.password(), VaultOptions.forTests()).close();
        VaultHeader otherHeader = header(other);
        VaultHeader myHeader = header(mine);
        byte[] myKey = myHeader.unwrapDataKey(TestKeys.password());
        try (ValueCipher held = new ValueCipher(myKey)) {
            Rekeying.requireCurrentPassword(myHeader, held, TestKeys.password());

            assertThatThrownBy(() -> Rekeying.requireCurrentPassword(otherHeader, held, TestKeys.password()))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        } finally {
            Arrays.fill(myKey, (byte) 0);
        }
    }

    @Test
    void aSealBrokenOutsideKeyhavenStopsTheChangeWithNothingWritten() throws Exception {
        Path file = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("UPDATE keys SET updated_at = updated_at + 1");
        }
        byte[] before = headerBytes(file);

        try (VaultDatabase database = VaultDatabase.openReadWrite(file)) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] dataKey = header.unwrapDataKey(TestKeys.password());
            try (ValueCipher cipher = new ValueCipher(dataKey); VaultSeal seal = new VaultSeal(dataKey, header.vaultId())) {
                KeyRows rows = new KeyRows(cipher, header.vaultId());
                assertThatThrownBy(() -> Rekeying.run(database, header, rows, seal,
                        Secret.ofString("a new master password"), header.kdf())).isInstanceOf(VaultSeal.Broken.class);
            } finally {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
        assertThat(headerBytes(file)).as("the header of the old password").isEqualTo(before);
    }

    private static VaultHeader header(Path file) throws Exception {
        return VaultHeader.decode(headerBytes(file));
    }

    private static byte[] headerBytes(Path file) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            return raw.blob("vault_header", "header", 1);
        }
    }
}
