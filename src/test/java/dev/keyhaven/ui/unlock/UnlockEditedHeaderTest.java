package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A vault whose header was edited outside Keyhaven (its checksum rewritten) no longer opens with the right
 * password. The unlock screen says the file was changed and offers the backup the password opens, instead of
 * sending the trader to look for another password.
 */
class UnlockEditedHeaderTest extends UnlockWithMemoryFixture {

    private static final int SALT_BYTE = 35;
    private static final int CHECKSUM_BYTES = 32;

    @Test
    void anEditedHeaderOffersTheBackupThePasswordOpens() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile(), password, options())) {
            vault.add(draft("grid"));
            vault.backups().now("manual");
        }
        editTheSalt();

        UnlockViewModel refused = unlock(vaultFile());
        assertThat(unlocked).isEmpty();
        assertThat(refused.messageProperty().get()).contains("changed outside Keyhaven").doesNotContain("Caps Lock");
        assertThat(dialogs.confirmations).singleElement().asString().contains("The newest good backup is from");

        dialogs.answering(true);
        unlock(vaultFile());
        unlock(vaultFile());
        assertThat(unlocked).as("the restored backup opens").hasSize(1);
        assertThat(unlocked.get(0).keys()).hasSize(1);
    }

    private void editTheSalt() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + vaultFile());
             var read = connection.prepareStatement("SELECT header FROM vault_header");
             var row = read.executeQuery()) {
            row.next();
            byte[] stored = row.getBytes(1);
            byte[] body = Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES);
            body[SALT_BYTE] ^= 1;
            byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
            try (var write = connection.prepareStatement("UPDATE vault_header SET header = ?")) {
                write.setBytes(1, ByteBuffer.allocate(stored.length).put(body).put(checksum).array());
                write.executeUpdate();
            }
        }
    }
}
