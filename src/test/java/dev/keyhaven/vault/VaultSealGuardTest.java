package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal's inner checks, each reached by a file that passes the ones before it: a seal that decrypts
 * under the vault's own seal key (written here with the data key, as only someone holding the master
 * password could) but holds a digest of the wrong length; a generation edited; a seal row or table gone;
 * a view added.
 */
class VaultSealGuardTest {

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void aVaultWithAKeyAndItsHistory() throws Exception {
        file = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(id, new HistoryEntry(java.time.Instant.now(), HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "works",
                    true, null, null, null, null, null));
        }
    }

    @Test
    void aSealOfTheRightKeyButTheWrongLengthIsReportedAsChanged() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            long generation = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
            raw.setBlob("vault_seal", "seal", 1, forgedSeal(raw, generation, new byte[16]));
        }
        assertTamperedBecause("its seal was changed");
    }

    @Test
    @Tag("mutation-redundant")
    void aSealOfTheRightKeyAndLengthButAnotherDigestIsReportedAsRowsChanged() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            long generation = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
            raw.setBlob("vault_seal", "seal", 1, forgedSeal(raw, generation, new byte[32]));
        }
        assertTamperedBecause("its keys or their history are not as Keyhaven left them");
    }

    @Test
    @Tag("mutation-redundant")
    void anEditedGenerationIsReported() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("UPDATE vault_seal SET generation = generation + 5 WHERE id = 1");
        }
        assertTamperedBecause("its seal or its generation was changed");
    }

    @Test
    void aDeletedSealRowIsReportedAsMissing() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("DELETE FROM vault_seal");
        }
        assertTamperedBecause("its seal is missing");
    }

    @Test
    void aDroppedSealTableIsReportedAsMissing() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("DROP TABLE vault_seal");
        }
        assertTamperedBecause("its seal is missing");
    }

    @Test
    @Tag("mutation-redundant")
    void anAddedViewIsReported() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("CREATE VIEW everything AS SELECT * FROM keys");
        }
        assertTamperedBecause("it holds a trigger or a view that Keyhaven did not make");
    }

    @Test
    void theGenerationOfAFileIsReadWithoutAKeyAndIsZeroWithoutASeal() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            long stored = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
            assertThat(stored).isGreaterThan(1);
            assertThat(VaultSeal.generationOf(raw.connection())).isEqualTo(stored);
            raw.execute("DELETE FROM vault_seal");
            assertThat(VaultSeal.generationOf(raw.connection())).as("no row").isZero();
            raw.execute("DROP TABLE vault_seal");
            assertThat(VaultSeal.generationOf(raw.connection())).as("no table").isZero();
        }
    }

    @Test
    void aKeysCreationTimeMovedByOneMillisecondIsReported() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("UPDATE keys SET created_at = created_at + 1");
        }
        assertTamperedBecause("its keys or their history are not as Keyhaven left them");
    }

    @Test
    void aKeysUpdateTimeMovedBy256MillisecondsIsReported() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.execute("UPDATE keys SET updated_at = updated_at + 256");
        }
        assertTamperedBecause("its keys or their history are not as Keyhaven left them");
    }

    @Test
    void aHistoryEntrysTimeOrKeyOrIdChangedIsReported() throws Exception {
        for (String change : new String[] {"recorded_at = recorded_at + 65536", "key_id = key_id + 1", "id = id + 16777216"}) {
            java.nio.file.Files.copy(file, folder.resolve("copy.khvault"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (RawVaultFile raw = new RawVaultFile(folder.resolve("copy.khvault"))) {
                raw.execute("UPDATE history SET " + change);
            }
            assertThatThrownBy(() -> Vault.open(folder.resolve("copy.khvault"), TestKeys.password(), VaultOptions.forTests()).close())
                    .as(change).isInstanceOf(VaultException.class)
                    .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.TAMPERED);
        }
    }

    @Test
    void aReplacedPassphraseValueIsReportedAtUnlockBeforeAnythingIsDecrypted() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file)) {
            raw.setBlob("keys", "passphrase", 1, raw.blob("keys", "secret_key", 1));
        }
        assertTamperedBecause("its keys or their history are not as Keyhaven left them");
    }

    @Test
    void aPasswordChangeRaisesTheStoredGenerationByOne() throws Exception {
        long before;
        try (RawVaultFile raw = new RawVaultFile(file)) {
            before = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
        }
        try (Vault vault = Vault.open(file, TestKeys.password(), VaultOptions.forTests())) {
            long afterOpen;
            try (RawVaultFile raw = new RawVaultFile(file)) {
                afterOpen = raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1");
            }
            assertThat(afterOpen).as("the unlock itself writes nothing").isEqualTo(before);
            vault.changePassword(TestKeys.password(), dev.keyhaven.secret.Secret.ofString("a new master password"));
        }
        try (RawVaultFile raw = new RawVaultFile(file)) {
            assertThat(raw.queryLong("SELECT generation FROM vault_seal WHERE id = 1")).isEqualTo(before + 1);
        }
    }

    private void assertTamperedBecause(String what) {
        assertThatThrownBy(() -> Vault.open(file, TestKeys.password(), VaultOptions.forTests()).close())
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("(" + what + ")")
                .extracting(e -> ((VaultException) e).reason()).isEqualTo(VaultException.Reason.TAMPERED);
    }

    /** A seal written with the vault's own seal key: the derivation the design fixes (HKDF-SHA256 of the data key). */
    private static byte[] forgedSeal(RawVaultFile raw, long generation, byte[] digest) throws Exception {
        VaultHeader header = VaultHeader.decode(raw.blob("vault_header", "header", 1));
        byte[] dataKey = header.unwrapDataKey(TestKeys.password());
        byte[] info = "keyhaven vault seal v1".getBytes(StandardCharsets.US_ASCII);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(dataKey, header.vaultId(), info));
        byte[] sealKey = new byte[32];
        hkdf.generateBytes(sealKey, 0, sealKey.length);
        byte[] context = ByteBuffer.allocate(info.length + header.vaultId().length + Long.BYTES)
                .put(info).put(header.vaultId()).putLong(generation).array();
        return new ValueCipher(sealKey).encrypt(digest, context);
    }
}
