package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup list and restore say what each backup holds compared with the vault now (issue 15). */
class BackupContentsCommandTest {

    private static final String THIRD_API_KEY = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @TempDir
    Path folder;

    private CliHarness withABackupBeforeTwoKeys() {
        CliHarness cli = new CliHarness(folder).initialised();
        cli.add("Spot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        cli.add("Trading bot", FakeCredentials.OTHER_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.add("Grid bot", THIRD_API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        return cli;
    }

    private static String manualId(CliHarness cli) throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(cli.run("backup", "list", "--json").out())) {
            if (row.get("reason").asText().equals("manual")) {
                return row.get("id").asText();
            }
        }
        throw new AssertionError("no manual backup");
    }

    @Test
    void theListSaysWhyEachBackupWasMadeAndWhichOfTodaysKeysItLacks() {
        CliHarness cli = withABackupBeforeTwoKeys();

        Result list = cli.run("backup", "list");

        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("by hand").contains("Holds 1 key (1 active, 0 archived).")
                .contains("It lacks 2 of your 3 keys: restoring it loses Grid bot and Trading bot.")
                .doesNotContain(FakeCredentials.SECRET_KEY).doesNotContain(FakeCredentials.API_KEY);
    }

    @Test
    void theJsonListCarriesTheSameComparison() throws Exception {
        CliHarness cli = withABackupBeforeTwoKeys();
        String id = manualId(cli);

        JsonNode rows = new ObjectMapper().readTree(cli.run("backup", "list", "--json").out());
        JsonNode manual = null;
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals(id)) {
                manual = row;
            }
        }

        assertThat(manual).isNotNull();
        assertThat(manual.get("contents").asText()).isEqualTo("compared");
        assertThat(manual.get("activeKeys").asInt()).isEqualTo(1);
        assertThat(manual.get("lacksKeys").toString()).isEqualTo("[\"Grid bot\",\"Trading bot\"]");
        assertThat(manual.get("summary").asText()).contains("restoring it loses Grid bot and Trading bot");
    }

    @Test
    void restoreAsksWithTheKeysItWouldLose() throws Exception {
        CliHarness cli = withABackupBeforeTwoKeys();
        String id = manualId(cli);
        ScriptedTerminal terminal = new ScriptedTerminal("n");

        Result declined = cli.withTerminal(terminal, "backup", "restore", id);

        assertThat(declined.out()).as(declined.all()).contains("Nothing was restored");
        assertThat(terminal.transcript()).contains("by hand")
                .contains("It lacks 2 of your 3 keys: restoring it loses Grid bot and Trading bot.");
        assertThat(cli.run("list").out()).contains("Grid bot");
    }

    @Test
    void aBackupMadeWithAnOlderPasswordSaysSoInsteadOfGuessing() {
        CliHarness cli = new CliHarness(folder).initialised();
        cli.add("Spot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        cli.environment().put(MasterPasswordReader.NEW_PASSWORD_VARIABLE, "a brand new passphrase 7#");
        assertThat(cli.run("passwd", "--old-backups", "keep").exitCode()).isZero();
        cli.environment().put(MasterPasswordReader.PASSWORD_VARIABLE, "a brand new passphrase 7#");

        Result list = cli.run("backup", "list");

        assertThat(list.out()).as(list.all()).contains("before a master password change")
                .contains("Made before a master password change. Locked with a master password you used before the"
                        + " current one: Keyhaven cannot read which keys it holds.")
                .contains("Only that older password opens it");
        assertThat(list.out().lines().filter(line -> line.indexOf("Made") != line.lastIndexOf("Made")))
                .as("a line that says \"Made\" twice").isEmpty();
    }

    @Test
    void aDamagedBackupSaysSoAndIsNotRestored() throws Exception {
        CliHarness cli = withABackupBeforeTwoKeys();
        String id = manualId(cli);
        Path file = Files.list(cli.vault().resolveSibling(cli.vault().getFileName() + ".backups"))
                .filter(path -> path.getFileName().toString().startsWith(id + ".")).findFirst().orElseThrow();
        Files.write(file, new byte[] {1, 2, 3, 4});

        Result list = cli.run("backup", "list");
        Result restore = cli.run("backup", "restore", id, "--yes");

        assertThat(list.out()).contains("Damaged (it cannot be read as a database): Keyhaven cannot read it.");
        assertThat(restore.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(restore.err()).contains("cannot be restored").contains("Choose another one");
        assertThat(cli.run("list").out()).contains("Grid bot");
    }

    @Test
    void withoutAPasswordTheListStillShowsTheBackupsAndSaysWhatIsMissing() {
        CliHarness cli = withABackupBeforeTwoKeys();
        cli.environment().remove(MasterPasswordReader.PASSWORD_VARIABLE);

        Result list = cli.run("backup", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("manual").contains("Without the master password");
    }
}
