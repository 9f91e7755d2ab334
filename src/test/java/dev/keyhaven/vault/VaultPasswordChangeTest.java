package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password change makes a new data key: nothing from before it opens what comes after it. */
class VaultPasswordChangeTest {

    private static final String NEW_PASSWORD = "a brand new passphrase 7";

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void everyValueIsReEncryptedUnderANewDataKeyAndStillDecrypts() throws Exception {
        long grid;
        long archived;
        byte[] oldKey;
        List<byte[]> before;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            grid = vault.add(TestKeys.draft("grid")).record().id();
            archived = vault.add(TestKeys.draft("old")).record().id();
            vault.archiveWithNote(archived, note("revoked"));
            vault.recordHistory(grid, note("checked"));
            before = everyStoredValue();
            oldKey = vault.dataKeyForTests().exportKey();
            ValueCipher oldHolder = vault.dataKeyForTests();

            vault.changePassword(TestKeys.password(), Secret.ofString(NEW_PASSWORD));

            byte[] newKey = vault.dataKeyForTests().exportKey();
            assertThat(newKey).isNotEqualTo(oldKey);
            assertThat(allZero(oldHolder.keyMaterialForTests())).as("the old key's holder was wiped").isTrue();
        }
        List<byte[]> after = everyStoredValue();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("stored value %d", i).isNotEqualTo(before.get(i));
        }
        try (Vault vault = Vault.open(file(), Secret.ofString(NEW_PASSWORD), VaultOptions.forTests())) {
            try (Credentials credentials = vault.credentials(grid)) {
                assertThat(credentials.secretKey().reveal()).isEqualTo("secretkey-grid");
            }
            try (Credentials credentials = vault.credentials(archived)) {
                assertThat(credentials.passphrase().reveal()).isEqualTo("passphrase-old");
            }
            assertThat(vault.history(grid)).extracting(HistoryEntry::summary).containsExactly("checked");
            assertThat(vault.history(archived)).extracting(HistoryEntry::summary).containsExactly("revoked");
            assertThat(vault.archivedKeys()).extracting(KeyRecord::label).containsExactly("old");
        }
        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    @Tag("mutation-redundant")
    void theHeaderOfAnOlderCopyWithTheOldPasswordOpensNothingWrittenAfterTheChange() throws Exception {
        byte[] oldHeader;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            try (RawVaultFile raw = new RawVaultFile(file())) {
                oldHeader = raw.blob("vault_header", "header", 1);
            }
            vault.changePassword(TestKeys.password(), Secret.ofString(NEW_PASSWORD));
            vault.add(TestKeys.draft("after the change"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.setBlob("vault_header", "header", 1, oldHeader);
        }

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
        assertThatThrownBy(() -> Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
        // Past the seal, with the old header's key: not one value of the file decrypts.
        try (VaultDatabase database = VaultDatabase.openReadOnly(file())) {
            VaultHeader header = VaultHeader.decode(database.readHeader());
            byte[] key = header.unwrapDataKey(TestKeys.password());
            try (ValueCipher cipher = new ValueCipher(key)) {
                assertThatThrownBy(() -> new KeyRows(cipher, header.vaultId()).verifyEveryValue(database.connection()))
                        .isInstanceOf(KeyRows.DamagedValue.class);
            }
        }
    }

    @Test
    void backupsFromBeforeTheChangeAreNamedAndCanBeDeleted() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            vault.backups().now("manual");

            PasswordChange change = vault.changePassword(TestKeys.password(), Secret.ofString(NEW_PASSWORD));

            assertThat(change.backupsWithOldPassword()).extracting(Backup::reason)
                    .containsExactly("password change", "manual");
            assertThat(change.notice()).contains("2 backups made before the change still open with the old password")
                    .contains("Delete them, or re-encrypt them").contains("rotate your OKX keys");
            Backup afterwards = vault.backups().now("manual");
            assertThat(vault.backups().withOldPassword()).hasSize(2).doesNotContain(afterwards);

            assertThat(vault.backups().deleteWithOldPassword()).isEqualTo(2);
            assertThat(VaultFile.backups(file())).containsExactly(afterwards);
            assertThat(vault.backups().withOldPassword()).isEmpty();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void backupsFromBeforeTheChangeCanBeReEncryptedSoOnlyTheNewPasswordOpensThem() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long id = vault.add(TestKeys.draft("grid")).record().id();
            vault.recordHistory(id, note("checked"));
            PasswordChange change = vault.changePassword(TestKeys.password(), Secret.ofString(NEW_PASSWORD));
            Backup old = change.backupsWithOldPassword().get(0);

            assertThat(vault.backups().reencryptWithOldPassword(TestKeys.password())).isEmpty();

            assertThat(vault.backups().withOldPassword()).isEmpty();
            Path restored = folder.resolve("restored").resolve("keys.khvault");
            Files.createDirectories(restored.getParent());
            Files.copy(old.file(), restored);
            assertThatThrownBy(() -> Vault.open(restored, TestKeys.password(), VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
            try (Vault copy = Vault.open(restored, Secret.ofString(NEW_PASSWORD), VaultOptions.forTests());
                 Credentials credentials = copy.credentials(id)) {
                assertThat(credentials.apiKey().reveal()).isEqualTo("apikey-grid");
                assertThat(copy.history(id)).hasSize(1);
            }
        }
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("grid"));
            byte[] before = Files.readAllBytes(file());
            assertThatThrownBy(() -> vault.changePassword(Secret.ofString("not it"), Secret.ofString(NEW_PASSWORD)))
                    .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
            assertThat(Files.readAllBytes(file())).isEqualTo(before);
        }
    }

    private List<byte[]> everyStoredValue() throws Exception {
        List<byte[]> values = new ArrayList<>();
        try (RawVaultFile raw = new RawVaultFile(file());
             var statement = raw.connection().createStatement();
             var rows = statement.executeQuery("SELECT metadata, api_key, secret_key, passphrase FROM keys ORDER BY id")) {
            while (rows.next()) {
                for (int column = 1; column <= 4; column++) {
                    values.add(rows.getBytes(column));
                }
            }
        }
        try (RawVaultFile raw = new RawVaultFile(file());
             var statement = raw.connection().createStatement();
             var rows = statement.executeQuery("SELECT entry FROM history ORDER BY id")) {
            while (rows.next()) {
                values.add(rows.getBytes(1));
            }
        }
        values.forEach(value -> assertThat(value).isNotEqualTo(new byte[value.length]));
        return values;
    }

    static HistoryEntry note(String summary) {
        return new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, summary, true, null,
                null, null, null, null);
    }

    static boolean allZero(byte[] bytes) {
        return Arrays.equals(bytes, new byte[bytes.length]);
    }
}
