package dev.keyhaven.cli;

import static dev.keyhaven.cli.FakeCredentials.API_KEY;
import static dev.keyhaven.cli.FakeCredentials.PASSPHRASE;
import static dev.keyhaven.cli.FakeCredentials.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key saved with 'keyhaven add' was made on OKX before: in the app its Guide tab checks it, as for a key added
 * with "I already have a key", instead of walking through the 13 steps of creating one.
 */
class AddedKeyGuideTest {

    @TempDir
    Path folder;

    @Test
    void aKeyAddedOnTheCommandLineGetsTheGuideOfAKeyTheTraderAlreadyHad() throws Exception {
        CliHarness cli = new CliHarness(folder).initialised();

        assertThat(cli.add("grid-bot", API_KEY, SECRET_KEY, PASSPHRASE).exitCode()).isZero();

        try (Vault vault = cli.openVault()) {
            KeyRecord added = vault.keyByLabel("grid-bot").orElseThrow();
            assertThat(GuideChoice.forKey(added, vault.archivedKeys())).isEqualTo(ChecklistKind.EXISTING_KEY);
        }
    }
}
