package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.EditedHeader;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy kept before restoring from a header edited outside Keyhaven (checksum rewritten, so the header looks
 * whole): 'backup list' tells it as such and 'backup restore' refuses it, as the app does, and changes nothing.
 */
class HeaderChangedBackupCommandTest {

    @TempDir
    Path folder;

    /** Attack "edited header", then the restore Keyhaven offers for it; returns the id of the copy kept before it. */
    private String keptAfterRestoringFromAnEditedHeader(CliHarness cli) throws Exception {
        cli.add("Gridbot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        String good = idOf(cli, "manual");
        EditedHeader.editTheSalt(cli.vault());
        Result restored = cli.run("backup", "restore", good, "--yes");
        assertThat(restored.exitCode()).as(restored.all()).isZero();
        return idOf(cli, "before restore");
    }

    private static String idOf(CliHarness cli, String reason) throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(cli.run("backup", "list", "--json").out())) {
            if (row.get("reason").asText().equals(reason)) {
                return row.get("id").asText();
            }
        }
        throw new AssertionError("no backup made " + reason);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void restoreRefusesTheChangedCopyWithTheAppsReasonAndChangesNothing() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests().withGenerationMemory(folder.resolve("config")))
                .initialised();
        String kept = keptAfterRestoringFromAnEditedHeader(cli);
        String before = sha256(cli.vault());
        int backups = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out()).size();

        Result restore = cli.run("backup", "restore", kept, "--yes");

        assertThat(restore.exitCode()).as(restore.all()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.err()).isEqualTo("keyhaven: Backup " + kept + " cannot be restored: Its header, the part your master"
                + " password unlocks, was changed outside Keyhaven, so your master password does not open it."
                + " Choose another one ('keyhaven backup list')." + System.lineSeparator());
        assertThat(restore.out()).doesNotContain("Restor");
        assertThat(sha256(cli.vault())).as("the vault file").isEqualTo(before);
        assertThat(new ObjectMapper().readTree(cli.run("backup", "list", "--json").out())).as("no copy kept")
                .hasSize(backups);
        Result list = cli.run("list");
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("Gridbot");
    }

    @Test
    void theListTellsTheChangedCopyAndSaysNotToRestoreIt() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests().withGenerationMemory(folder.resolve("config")))
                .initialised();
        String kept = keptAfterRestoringFromAnEditedHeader(cli);

        Result list = cli.run("backup", "list");
        JsonNode rows = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out());

        assertThat(list.out()).as(list.all()).contains("was changed outside Keyhaven, so your master password does"
                + " not open it.").contains("Do not restore it").doesNotContain("older master password");
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals(kept)) {
                assertThat(row.get("contents").asText()).isEqualTo("header-changed");
            }
        }
    }
}
