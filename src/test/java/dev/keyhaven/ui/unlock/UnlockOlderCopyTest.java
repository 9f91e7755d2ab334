package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app says so when the vault file is an older copy of itself (found by attacking issue 14). */
class UnlockOlderCopyTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Vault> unlocked = new ArrayList<>();

    @AfterEach
    void closeVaults() {
        unlocked.forEach(Vault::close);
    }

    @Test
    void unlockingAnOlderCopyOfTheVaultWarnsAndAcceptingItEndsTheWarning() throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        Path older = folder.resolve("older.keyhaven");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile, password, options)) {
            vault.add(draft("grid"));
            Files.copy(vaultFile, older);
            vault.add(draft("added later"));
        }
        Files.copy(older, vaultFile, StandardCopyOption.REPLACE_EXISTING);

        unlock(vaultFile, options);
        assertThat(unlocked).hasSize(1);
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("older than the one Keyhaven last saw");
        unlocked.get(0).close();

        dialogs.answering(true);
        unlock(vaultFile, options);
        assertThat(dialogs.confirmations).as("still warned until kept on purpose").hasSize(2);
        unlocked.get(1).close();
        unlock(vaultFile, options);
        assertThat(dialogs.confirmations).as("kept on purpose").hasSize(2);
    }

    private void unlock(Path vaultFile, VaultOptions options) {
        UnlockViewModel model = new UnlockViewModel(vaultFile, options, new ManualClock(Instant.parse("2026-11-23T10:00:00Z")),
                BackgroundWork.inline(), dialogs, unlocked::add);
        try (Secret typed = Secret.ofString(PASSWORD)) {
            model.unlock(typed);
        }
    }

    private static KeyDraft draft(String label) {
        return new KeyDraft(label, Purpose.TRADING, dev.keyhaven.okx.Environment.DEMO, dev.keyhaven.okx.Region.GLOBAL,
                null, null, 90, new Credentials(Secret.ofString("apikey-" + label), Secret.ofString("secret-" + label),
                        Secret.ofString("passphrase-" + label)));
    }

    @Test
    void aVaultChangedOutsideKeyhavenOffersItsNewestIntactBackupFromTheUnlockScreen() throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile, password, options)) {
            vault.add(draft("grid"));
            vault.backups().now("manual");
            vault.add(draft("tax"));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + vaultFile);
             var statement = connection.createStatement()) {
            statement.execute("DELETE FROM keys WHERE id = 2");
        }
        dialogs.answering(true);
        unlock(vaultFile, options);
        assertThat(unlocked).isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString().contains("changed outside Keyhaven");

        unlock(vaultFile, options);
        assertThat(unlocked).as("the restored backup opens, not warned about as an older copy").hasSize(1);
        assertThat(unlocked.get(0).keys()).hasSize(1);
        assertThat(dialogs.confirmations).hasSize(1);
    }
}
