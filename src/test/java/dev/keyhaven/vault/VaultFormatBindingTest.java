package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 3: the header names the first sealed format inside the data key's associated data, so that
 * setting a sealed vault back to format 1 is refused even when no row is left to show it was sealed,
 * and vaults written by the former formats still open and are updated to it.
 */
class VaultFormatBindingTest {

    private static final int LAYOUT = 4;
    private static final int SALT_LENGTH = 34;
    private static final int CHECKSUM_BYTES = 32;

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private static dev.keyhaven.secret.Secret otherPassword() {
        return dev.keyhaven.secret.Secret.ofString("another long master password 42");
    }

    private static Schema formerSchema(int version) {
        return new Schema(Schema.current().migrations().subList(0, version));
    }

    @Test
    void aNewVaultHasAHeaderThatNamesTheFirstSealedFormat() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        byte[] header = header();
        assertThat(header[LAYOUT]).as("layout").isEqualTo((byte) 2);
        assertThat(header[sealedFromOffset(header)]).isEqualTo((byte) Schema.SEALED_FROM);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.HEADER_NAMES_SEAL);
        }
    }

    @Test
    void aHeaderTurnedBackIntoTheFormerLayoutIsChangedOutsideKeyhavenNotAWrongPassword() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        writeHeader(withoutTheSealedFormat(header()));

        VaultTamperTest.assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "a header turned back into layout 1");
        assertThatThrownBy(() -> Vault.open(file(), otherPassword(), VaultOptions.forTests()))
                .as("another password still is a wrong password")
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void anEmptiedVaultSetBackToFormatOneWithItsHeaderTurnedBackIsChangedOutsideKeyhaven() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM keys");
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
        }
        writeHeader(withoutTheSealedFormat(header()));

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.getMessage()).startsWith("This vault was changed outside Keyhaven (its header was set back")
                            .contains("restore");
                });
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).as("left as it is").isEqualTo(1);
        }
    }

    @Test
    void anEmptiedVaultSetBackToFormatOneIsRefusedBeforeAnyUpdateOrBackup() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
        }
        int backupsBefore = VaultFile.backups(file()).size();
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM keys");
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
        }

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.getMessage()).contains(DowngradeCheck.SET_BACK);
                });
        assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
        assertThat(VaultFile.backups(file())).as("no 'migration' backup").hasSize(backupsBefore);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(1);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aVaultOfFormatTwoOpensAndIsUpdatedAfterAVerifiedBackup() throws Exception {
        long id;
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            id = vault.add(TestKeys.draft("grid")).record().id();
        }
        byte[] formerHeader = header();
        assertThat(formerHeader[LAYOUT]).as("the header format 2 had").isEqualTo((byte) 1);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
             Credentials credentials = vault.credentials(id)) {
            assertThat(credentials.secretKey().reveal()).isEqualTo("secretkey-grid");
            assertThat(vault.info().formatVersion()).isEqualTo(Schema.HEADER_NAMES_SEAL);
        }
        List<Backup> backups = VaultFile.backups(file());
        assertThat(backups).extracting(Backup::reason).contains("migration");
        try (RawVaultFile raw = new RawVaultFile(backups.get(backups.size() - 1).file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).as("the backup is the file as it was").isEqualTo(2);
            assertThat(raw.blob("vault_header", "header", 1)).isEqualTo(formerHeader);
        }
        byte[] updated = header();
        assertThat(updated[LAYOUT]).isEqualTo((byte) 2);
        assertThat(updated[sealedFromOffset(updated)]).isEqualTo((byte) Schema.SEALED_FROM);
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).hasSize(1);
            assertThat(VaultFile.backups(file())).as("updated once").extracting(Backup::reason).containsOnlyOnce("migration");
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM keys");
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
        }
        VaultTamperTest.assertTampered(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close(),
                "an updated vault emptied and set back to format 1");
    }

    @Test
    void aVaultOfFormatOneIsSealedAndBoundInOneUpdate() throws Exception {
        long id;
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(1))) {
            id = vault.add(TestKeys.draft("grid")).record().id();
        }
        assertThat(header()[LAYOUT]).isEqualTo((byte) 1);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
             Credentials credentials = vault.credentials(id)) {
            assertThat(credentials.passphrase().reveal()).isEqualTo("passphrase-grid");
        }
        assertThat(header()[LAYOUT]).isEqualTo((byte) 2);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            assertThat(raw.queryLong("PRAGMA user_version")).isEqualTo(Schema.current().latestVersion());
            assertThat(raw.queryLong("SELECT generation FROM vault_seal")).isPositive();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aCommandBesideTheAppDoesNotUpdateTheHeaderOfAFormerVault() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            vault.add(TestKeys.draft("grid"));
        }
        byte[] former = header();
        try (Vault app = VaultOpening.open(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()))
                    .isInstanceOf(VaultException.class);
        }
        assertThat(header()).as("a writer of format 2 keeps the header format 2 had").isEqualTo(former);
    }

    @Test
    void aFormatThreeFileWithTheHeaderOfAnOlderCopyIsChangedOutsideKeyhaven() throws Exception {
        try (Vault vault = VaultOpening.create(file(), TestKeys.password(), VaultOptions.forTests(), formerSchema(2))) {
            vault.add(TestKeys.draft("grid"));
        }
        byte[] former = header();
        Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close();
        writeHeader(former);

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TAMPERED);
                    assertThat(e.getMessage()).contains("its header was replaced by one from before");
                });
    }

    @Test
    @Tag("mutation-redundant")
    void aPasswordChangeKeepsNamingTheSealedFormat() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            vault.changePassword(TestKeys.password(), otherPassword());
        }
        byte[] changed = header();
        assertThat(changed[LAYOUT]).isEqualTo((byte) 2);
        assertThat(changed[sealedFromOffset(changed)]).isEqualTo((byte) Schema.SEALED_FROM);
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("DELETE FROM keys");
            raw.execute("DROP TABLE " + VaultSeal.TABLE);
            raw.execute("PRAGMA user_version = 1");
        }
        VaultTamperTest.assertTampered(() -> Vault.open(file(), otherPassword(), VaultOptions.forTests()).close(),
                "emptied and set back after a password change");
    }

    @Test
    void aHeaderNamingAFormatBeforeSealsIsDamage() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        byte[] body = body(header());
        body[sealedFromOffset(body)] = (byte) (Schema.SEALED_FROM - 1);
        writeHeader(withChecksum(body));

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
                    assertThat(e.getMessage()).contains("its header holds impossible values");
                });
    }

    @Test
    @Tag("mutation-redundant")
    void aHeaderNamingALaterSealedFormatNoLongerUnwraps() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        byte[] body = body(header());
        body[sealedFromOffset(body)] = (byte) (Schema.SEALED_FROM + 1);
        writeHeader(withChecksum(body));

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void aHeaderCannotNameAFormatThatWasNotSealed() {
        byte[] vaultId = new byte[VaultHeader.VAULT_ID_BYTES];
        assertThatThrownBy(() -> VaultHeader.seal(vaultId, VaultOptions.forTests().floor(), TestKeys.password(),
                new byte[ValueCipher.KEY_BYTES], Schema.SEALED_FROM - 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(VaultHeader.seal(vaultId, VaultOptions.forTests().floor(), TestKeys.password(),
                new byte[ValueCipher.KEY_BYTES], 0).sealedFrom()).as("layout 1").isZero();
    }

    /** The stored header as layout 1 would have it: the layout byte set back and the sealed format cut out. */
    private static byte[] withoutTheSealedFormat(byte[] stored) {
        byte[] body = body(stored);
        int at = sealedFromOffset(body);
        byte[] cut = new byte[body.length - 1];
        System.arraycopy(body, 0, cut, 0, at);
        System.arraycopy(body, at + 1, cut, at, body.length - at - 1);
        cut[LAYOUT] = 1;
        return withChecksum(cut);
    }

    private static int sealedFromOffset(byte[] header) {
        return SALT_LENGTH + 1 + Byte.toUnsignedInt(header[SALT_LENGTH]);
    }

    private static byte[] body(byte[] stored) {
        return Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES);
    }

    private static byte[] withChecksum(byte[] body) {
        try {
            byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
            return ByteBuffer.allocate(body.length + CHECKSUM_BYTES).put(body).put(checksum).array();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] header() throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file())) {
            return raw.blob("vault_header", "header", 1);
        }
    }

    private void writeHeader(byte[] header) throws Exception {
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("vault_header", "header", 1, header);
        }
    }
}
