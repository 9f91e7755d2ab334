package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.VaultOptions;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault header edited outside Keyhaven (checksum rewritten) is told as a change, with the backup to restore. */
class EditedHeaderCommandTest {

    private static final int SALT_BYTE = 35;
    private static final int CHECKSUM_BYTES = 32;

    @TempDir
    Path folder;

    @Test
    void anEditedHeaderIsToldWithTheRestoreCommandNotAsAWrongPassword() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests().withGenerationMemory(folder.resolve("config")))
                .initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        editTheSalt(cli.vault());

        Result listed = cli.run("list");

        assertThat(listed.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(listed.err()).contains("This vault's password protection was changed outside Keyhaven")
                .contains("'keyhaven backup restore ")
                .doesNotContain("Caps Lock");
    }

    private static void editTheSalt(Path vault) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + vault)) {
            byte[] stored;
            try (PreparedStatement read = connection.prepareStatement("SELECT header FROM vault_header");
                 ResultSet row = read.executeQuery()) {
                row.next();
                stored = row.getBytes(1);
            }
            byte[] body = Arrays.copyOf(stored, stored.length - CHECKSUM_BYTES);
            body[SALT_BYTE] ^= 1;
            byte[] checksum = MessageDigest.getInstance("SHA-256").digest(body);
            try (PreparedStatement write = connection.prepareStatement("UPDATE vault_header SET header = ?")) {
                write.setBytes(1, ByteBuffer.allocate(stored.length).put(body).put(checksum).array());
                write.executeUpdate();
            }
        }
    }
}
