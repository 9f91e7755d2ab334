package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.EditedHeader;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vault header edited outside Keyhaven (checksum rewritten) is told as a change, with the backup to restore. */
class EditedHeaderCommandTest {

    @TempDir
    Path folder;

    @Test
    void anEditedHeaderIsToldWithTheRestoreCommandNotAsAWrongPassword() throws Exception {
        CliHarness cli = new CliHarness(folder, VaultOptions.forTests().withGenerationMemory(folder.resolve("config")))
                .initialised();
        cli.add("bot", API_KEY, SECRET_KEY, PASSPHRASE);
        assertThat(cli.run("backup", "create").exitCode()).isZero();
        EditedHeader.editTheSalt(cli.vault());

        Result listed = cli.run("list");

        assertThat(listed.exitCode()).isEqualTo(KeyhavenCli.EXIT_VAULT);
        assertThat(listed.err()).contains("This vault's password protection was changed outside Keyhaven")
                .contains("'keyhaven backup restore ")
                .doesNotContain("Caps Lock");
    }
}
