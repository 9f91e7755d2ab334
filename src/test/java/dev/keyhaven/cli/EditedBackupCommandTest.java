package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup whose rows were changed outside Keyhaven after it was made: 'backup list' tells it as such and 'backup
 * restore' refuses it with that sentence, not as one of an older master password, and changes nothing (issue #15).
 */
class EditedBackupCommandTest {

    @TempDir
    Path folder;

    @Test
    void restoreRefusesAnEditedBackupWithItsOwnSentenceAndTheListSaysEdited() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests()).initialised();
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        JsonNode backup = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out()).get(0);
        String id = backup.get("id").asText();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + backup.get("file").asText());
             Statement edit = raw.createStatement()) {
            edit.execute("DELETE FROM history");
            edit.execute("DELETE FROM keys");
        }
        byte[] before = Files.readAllBytes(cli.vault());

        Result restore = cli.run("backup", "restore", id, "--yes");

        assertThat(restore.exitCode()).as(restore.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.err()).isEqualTo("keyhaven: Backup " + id + " cannot be restored: Changed outside Keyhaven"
                + " since it was made (its keys or their history are not as Keyhaven left them): Keyhaven does not"
                + " trust what it holds. Choose another one ('keyhaven backup list')." + System.lineSeparator());
        assertThat(restore.out()).doesNotContain("Restor").doesNotContain("older master password");
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("the vault file is as it was").isTrue();
        JsonNode listed = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out());
        assertThat(listed).filteredOn(row -> row.get("id").asText().equals(id))
                .singleElement().satisfies(row -> assertThat(row.get("contents").asText()).isEqualTo("edited"));
        assertThat(cli.run("list").out()).contains("Gridbot");
    }
}
