package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 'backup restore' while something else holds SQLite's write lock on the vault beyond the busy timeout (review 29 #4):
 * a passing reason refuses with its sentence and "try again"; the backup never goes in as it is, uncompared.
 */
class RestoreWhileBusyCommandTest {

    @TempDir
    Path folder;

    @Test
    void aVaultBusyBeyondTheTimeoutRefusesAndStaysAsItWas() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests()).initialised();
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        String id = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out()).get(0).get("id").asText();
        byte[] before = Files.readAllBytes(cli.vault());

        Result restore;
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + cli.vault());
             Statement statement = holder.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            restore = cli.run("backup", "restore", id, "--yes");
            statement.execute("ROLLBACK");
        }

        assertThat(restore.exitCode()).as(restore.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.out()).doesNotContain("Restor");
        assertThat(restore.err()).contains("Try again").doesNotContain("not compared");
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("the vault file is as it was").isTrue();
    }
}
