package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'backup restore' while another Keyhaven holds or reads the vault refuses before it says anything of restoring
 * (attack 23: it printed "Restoring the backup ... kept as another backup first", then refused).
 */
class RestoreWhileHeldCommandTest {

    @TempDir
    Path folder;

    private String backupOf(CliHarness cli) throws Exception {
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        return new ObjectMapper().readTree(cli.run("backup", "list", "--json").out()).get(0).get("id").asText();
    }

    @Test
    void aRestoreWhileTheAppHoldsTheVaultSaysNothingOfRestoring() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests()).initialised();
        String id = backupOf(cli);
        byte[] before = Files.readAllBytes(cli.vault());

        Result restore;
        try (Vault app = Vault.open(cli.vault(), Secret.ofString(CliHarness.PASSWORD), VaultOptions.forTests())) {
            restore = cli.run("backup", "restore", id, "--yes");
        }

        assertThat(restore.exitCode()).as(restore.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.out()).doesNotContain("Restor").doesNotContain("kept as");
        assertThat(restore.err()).contains("is open in another Keyhaven");
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("the vault file is as it was").isTrue();
    }

    @Test
    void aRestoreWhileACommandReadsTheVaultSaysNothingOfRestoring() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests()).initialised();
        String id = backupOf(cli);
        byte[] before = Files.readAllBytes(cli.vault());

        Result restore;
        try (Vault reader = Vault.openShared(cli.vault(), Secret.ofString(CliHarness.PASSWORD), VaultOptions.forTests())) {
            restore = cli.run("backup", "restore", id, "--yes");
        }

        assertThat(restore.exitCode()).as(restore.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.out()).doesNotContain("Restor").doesNotContain("kept as");
        assertThat(restore.err()).contains("Keyhaven");
        assertThat(Arrays.equals(Files.readAllBytes(cli.vault()), before)).as("the vault file is as it was").isTrue();
        assertThat(cli.run("backup", "restore", id, "--yes").out()).as("once it is free").contains("Restored backup " + id);
    }
}
