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

/** The desktop app asks before it opens another vault than the one last opened at the same path. */
class UnlockOtherVaultTest {

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
    void anotherVaultIsOpenedOnlyWhenTheTraderSaysSo() throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        Path other = folder.resolve("other.keyhaven");
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        try (Secret password = Secret.ofString(PASSWORD)) {
            Vault.create(vaultFile, password, options).close();
            try (Vault vault = Vault.create(other, password, options)) {
                vault.add(draft("decoy"));
            }
        }
        Files.copy(other, vaultFile, StandardCopyOption.REPLACE_EXISTING);

        UnlockViewModel refused = unlock(vaultFile, options);
        assertThat(unlocked).as("not opened").isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString()
                .contains("This is not the vault last opened here").contains("It was created on");
        assertThat(refused.messageProperty().get()).startsWith("Keyhaven did not open this vault.");

        dialogs.answering(true);
        unlock(vaultFile, options);
        assertThat(unlocked).hasSize(1);
        assertThat(unlocked.get(0).isLocked()).isFalse();
        unlocked.get(0).close();
        unlock(vaultFile, options);
        assertThat(dialogs.confirmations).as("opened on purpose: not asked again").hasSize(2);
    }

    private UnlockViewModel unlock(Path vaultFile, VaultOptions options) {
        UnlockViewModel model = new UnlockViewModel(vaultFile, options, new ManualClock(Instant.parse("2026-11-23T10:00:00Z")),
                BackgroundWork.inline(), dialogs, unlocked::add);
        try (Secret typed = Secret.ofString(PASSWORD)) {
            model.unlock(typed);
        }
        return model;
    }

    private static KeyDraft draft(String label) {
        return new KeyDraft(label, Purpose.TRADING, dev.keyhaven.okx.Environment.DEMO, dev.keyhaven.okx.Region.GLOBAL,
                null, null, 90, new Credentials(Secret.ofString("apikey-" + label), Secret.ofString("secret-" + label),
                        Secret.ofString("passphrase-" + label)));
    }
}
