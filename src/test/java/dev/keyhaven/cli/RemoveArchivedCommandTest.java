package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.keys.DeleteForGood;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** remove --archived: an archived key deleted for good, after the same question the app asks. */
class RemoveArchivedCommandTest {

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void vaultWithAnArchivedKey() throws Exception {
        cli = new CliHarness(folder).initialised();
        cli.add("Old grid", FakeCredentials.OTHER_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.add("Grid bot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        try (Vault vault = cli.openVault()) {
            vault.archive(vault.keyByLabel("Old grid").orElseThrow().id(), vault.keyByLabel("Grid bot").orElseThrow().id());
        }
    }

    private int archivedCount() throws Exception {
        try (Vault vault = cli.openVault()) {
            return vault.archivedKeys().size();
        }
    }

    @Test
    void removeSaysHowToDeleteAnArchivedKeyAndArchivedDeletesItAfterTheSameQuestion() throws Exception {
        Result plain = cli.run("remove", "Old grid", "--yes");
        assertThat(plain.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(plain.err()).contains("is archived").contains("keyhaven remove --archived \"Old grid\"");

        ScriptedTerminal declining = new ScriptedTerminal("no");
        Result declined = cli.withTerminal(declining, "remove", "--archived", "old grid");
        assertThat(declining.transcript()).contains(DeleteForGood.question("Old grid")).contains("cannot be undone");
        assertThat(declined.out()).contains("Nothing was deleted");
        assertThat(archivedCount()).isEqualTo(1);

        Result deleted = cli.run("remove", "--archived", "Old grid", "--yes");
        assertThat(deleted.exitCode()).as(deleted.all()).isZero();
        assertThat(deleted.out()).contains("Deleted the archived key \"Old grid\" for good.");
        assertThat(deleted.err()).as("--yes still prints what was asked").contains("cannot be undone");
        assertThat(archivedCount()).isZero();
        try (Vault vault = cli.openVault()) {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("Grid bot");
        }
    }

    @Test
    void archivedDoesNotTouchAnActiveKey() throws Exception {
        Result result = cli.run("remove", "--archived", "Grid bot", "--yes");

        assertThat(result.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(result.err()).contains("There is no archived key labelled \"Grid bot\"");
        try (Vault vault = cli.openVault()) {
            assertThat(vault.keys()).hasSize(1);
        }
    }
}
