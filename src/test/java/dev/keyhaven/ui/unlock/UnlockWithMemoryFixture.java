package dev.keyhaven.ui.unlock;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unlock screen's model over a real vault file and a memory of what Keyhaven saw at its path, with the
 * dialogs it asked and the vaults it opened recorded.
 */
abstract class UnlockWithMemoryFixture {

    static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Vault> unlocked = new ArrayList<>();
    /** The vaults handed to the work done on the unlock's thread (the key list read ahead). */
    final List<Vault> openedAhead = new ArrayList<>();

    @AfterEach
    void closeVaults() {
        unlocked.forEach(Vault::close);
    }

    Path vaultFile() {
        return folder.resolve("vault.keyhaven");
    }

    VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    /** Types {@link #PASSWORD} on the unlock screen of {@code file}. */
    UnlockViewModel unlock(Path file) {
        UnlockViewModel model = new UnlockViewModel(file, options(), new ManualClock(Instant.parse("2026-11-23T10:00:00Z")),
                BackgroundWork.inline(), dialogs, new ReadAhead(openedAhead::add, vault -> { }), unlocked::add);
        try (Secret typed = Secret.ofString(PASSWORD)) {
            model.unlock(typed);
        }
        return model;
    }

    static KeyDraft draft(String label) {
        return new KeyDraft(label, Purpose.TRADING, dev.keyhaven.okx.Environment.DEMO, dev.keyhaven.okx.Region.GLOBAL,
                null, null, 90, new Credentials(Secret.ofString("apikey-" + label), Secret.ofString("secret-" + label),
                        Secret.ofString("passphrase-" + label)));
    }
}
