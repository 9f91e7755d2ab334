package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #15: 'keyhaven add' with the API key of a key revoked as "may have leaked", or replaced. */
class ReAddArchivedKeyTest {

    @TempDir
    Path folder;

    private CliHarness cli;

    @BeforeEach
    void createVault() {
        cli = new CliHarness(folder).initialised();
    }

    private void archive(String label, Long replacedBy) throws Exception {
        try (Vault vault = cli.openVault()) {
            vault.archive(vault.keyByLabel(label).orElseThrow().id(), replacedBy);
        }
    }

    @Test
    void aRevokedKeysApiKeyIsRefused() throws Exception {
        cli.add("gridbot", API_KEY, SECRET_KEY, PASSPHRASE);
        archive("gridbot", null);

        CliHarness.Result again = cli.add("gridbot2", API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(again.exitCode()).isEqualTo(KeyhavenCli.EXIT_USAGE);
        assertThat(again.err()).contains("You revoked this key on").contains("because it may have leaked")
                .contains("Create a new key on OKX instead");
        assertThat(cli.run("list").out()).doesNotContain("gridbot2");
    }

    @Test
    void theFirstKeyAddedMakesTheVaultsFirstBackup() throws Exception {
        cli.add("gridbot", API_KEY, SECRET_KEY, PASSPHRASE);

        // The daily backup on unlock came before the key; the one after it holds the key.
        assertThat(dev.keyhaven.vault.VaultFile.backups(cli.vault()).get(0).reason()).isEqualTo("first key");
        cli.add("journal", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE);
        assertThat(dev.keyhaven.vault.VaultFile.backups(cli.vault()).get(0).reason()).isEqualTo("first key");
    }

    @Test
    void aReplacedKeysApiKeyIsSavedWithANote() throws Exception {
        cli.add("gridbot", API_KEY, SECRET_KEY, PASSPHRASE);
        cli.add("gridbot-new", FakeCredentials.OTHER_API_KEY, SECRET_KEY, PASSPHRASE);
        long replacement;
        try (Vault vault = cli.openVault()) {
            replacement = vault.keyByLabel("gridbot-new").orElseThrow().id();
        }
        archive("gridbot", replacement);

        CliHarness.Result again = cli.add("gridbot2", API_KEY, SECRET_KEY, PASSPHRASE);

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("a rotation replaced on");
    }
}
