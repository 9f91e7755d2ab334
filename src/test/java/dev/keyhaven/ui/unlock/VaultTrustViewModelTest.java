package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlock against a vault changed outside Keyhaven, an older copy, and a cancelled unlock. */
class VaultTrustViewModelTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Path vaultFile;
    private VaultOptions options;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Vault> unlocked = new ArrayList<>();

    @BeforeEach
    void createVaultWithAKeyAndABackup() throws Exception {
        vaultFile = folder.resolve("vault").resolve("vault.keyhaven");
        Files.createDirectories(vaultFile.getParent());
        options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.create(vaultFile, password, options)) {
            vault.add(draft("grid bot"));
            vault.backups().now("test");
        }
    }

    @AfterEach
    void closeVaults() {
        unlocked.forEach(Vault::close);
    }

    static KeyDraft draft(String label) {
        return new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "notes", 90,
                new Credentials(Secret.ofString("apikey-" + label), Secret.ofString("secret-" + label),
                        Secret.ofString("passphrase-" + label)));
    }

    /** Edits a key row behind the vault's back, as sqlite3 would. */
    static void editKeyRow(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE keys SET secret_key = api_key");
        }
    }

    private UnlockViewModel model(BackgroundWork work) {
        return new UnlockViewModel(vaultFile, options, clock, work, dialogs, unlocked::add);
    }

    private static void unlock(UnlockViewModel model) {
        try (Secret typed = Secret.ofString(PASSWORD)) {
            model.unlock(typed);
        }
    }

    @Test
    void aTamperedVaultIsToldApartAndTheBackupOnlyOffered() throws Exception {
        editKeyRow(vaultFile);
        UnlockViewModel model = model(BackgroundWork.inline());

        dialogs.answering(false);
        unlock(model);

        assertThat(unlocked).isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("changed outside Keyhaven").contains("newest whole backup is from")
                .contains("rotate your OKX keys");
        assertThat(model.messageProperty().get()).contains("changed outside Keyhaven")
                .contains("accepted none of it").contains("Restore the backup from").contains("keep the vault closed")
                .doesNotContain("does not open this vault").doesNotContain("damaged");

        unlock(model);
        assertThat(unlocked).as("declining restored nothing: the file is still refused").isEmpty();
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void confirmingRestoresTheNewestGoodBackupWithTheConfiguredOptions() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD); Vault vault = Vault.open(vaultFile, password, options)) {
            vault.add(draft("added after the backup"));
        }
        editKeyRow(vaultFile);
        UnlockViewModel model = model(BackgroundWork.inline());

        dialogs.answering(true);
        unlock(model);
        assertThat(model.noticeProperty().get()).startsWith("Restored the backup from");

        unlock(model);
        assertThat(unlocked).singleElement().satisfies(vault -> {
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("grid bot");
            assertThat(vault.olderCopyWarning()).as("the app's generation memory knows of the restore").isEmpty();
        });
    }

    @Test
    void cancellingAnUnlockDropsTheOpenedVaultAndReturnsToThePassword() throws Exception {
        Queue<Runnable> background = new ArrayDeque<>();
        UnlockViewModel model = model(new BackgroundWork(background::add, Runnable::run));

        unlock(model);
        assertThat(model.cancellableProperty().get()).isTrue();
        model.cancel();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.cancellableProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Unlock cancelled");
        background.remove().run();
        assertThat(unlocked).as("the derivation finished after the cancel: its vault is dropped").isEmpty();

        unlock(model);
        background.remove().run();
        assertThat(unlocked).as("the dropped vault was closed, so the file opens again").hasSize(1);
    }
}
