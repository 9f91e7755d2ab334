package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows' own refusals, on a real vault file under its real data key: a key that is not there, a
 * value that decrypts but is not padded as the format says, the bucket each field is padded to, and
 * the wipe every caller relies on.
 */
class KeyRowsEdgesTest {

    @TempDir
    Path folder;

    private RawVaultFile raw;
    private ValueCipher cipher;
    private byte[] vaultId;
    private long id;

    @BeforeEach
    void aVaultWithOneKey() throws Exception {
        Path file = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("grid", "rows")).record().id();
        }
        raw = new RawVaultFile(file);
        VaultHeader header = VaultHeader.decode(raw.blob("vault_header", "header", 1));
        byte[] dataKey = header.unwrapDataKey(TestKeys.password());
        cipher = new ValueCipher(dataKey);
        vaultId = header.vaultId();
    }

    @AfterEach
    void close() throws SQLException {
        cipher.close();
        raw.close();
    }

    @Test
    @Tag("mutation-redundant")
    void theRowsReadTheStoredKeyUnderTheDataKey() throws Exception {
        KeyRows rows = new KeyRows(cipher, vaultId);
        try (var apiKey = rows.apiKey(raw.connection(), id); var credentials = rows.credentials(raw.connection(), id)) {
            assertThat(apiKey.reveal()).isEqualTo("apikey-rows");
            assertThat(credentials.passphrase().reveal()).isEqualTo("passphrase-rows");
        }
    }

    @Test
    void aKeyThatIsNotThereIsAnErrorNamingIt() {
        KeyRows rows = new KeyRows(cipher, vaultId);
        assertThatThrownBy(() -> rows.apiKey(raw.connection(), id + 41))
                .isInstanceOf(SQLException.class).hasMessage("key " + (id + 41) + " vanished");
        assertThatThrownBy(() -> rows.credentials(raw.connection(), id + 41))
                .isInstanceOf(SQLException.class).hasMessage("key " + (id + 41) + " vanished");
    }

    @Test
    void aValueThatDecryptsButIsNotPaddedIsDamaged() throws Exception {
        ValueBinding binding = ValueBinding.key(vaultId, id, KeyRows.API_KEY);
        byte[] unpadded = KeyRows.unpadded(cipher, vaultId)
                .sealValue("not padded at all".getBytes(StandardCharsets.UTF_8), binding, Padding.CREDENTIAL);
        KeyRows rows = new KeyRows(cipher, vaultId);
        assertThatThrownBy(() -> rows.decrypt(unpadded, binding)).isInstanceOf(KeyRows.DamagedValue.class);
        assertThat(KeyRows.unpadded(cipher, vaultId).decrypt(unpadded, binding))
                .asString(StandardCharsets.UTF_8).isEqualTo("not padded at all");
    }

    @Test
    void metadataIsPaddedAsTextAndCredentialsAsCredentials() throws Exception {
        assertThat(KeyRows.bucketOf(KeyRows.METADATA)).isEqualTo(Padding.TEXT);
        for (String credential : new String[] {KeyRows.API_KEY, KeyRows.SECRET_KEY, KeyRows.PASSPHRASE}) {
            assertThat(KeyRows.bucketOf(credential)).as(credential).isEqualTo(Padding.CREDENTIAL);
        }
    }

    @Test
    void wipeZeroesEveryByte() {
        byte[] bytes = "secret".getBytes(StandardCharsets.UTF_8);
        KeyRows.wipe(bytes);
        assertThat(bytes).containsOnly(0);
    }
}
