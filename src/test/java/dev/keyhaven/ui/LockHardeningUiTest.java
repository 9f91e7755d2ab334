package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The lock path of the whole app: a sleeping laptop's clock jump, minimising, and what a lock lets go of. */
class LockHardeningUiTest extends AppUiTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Override
    AppConfig config(Path vault, Path configDirectory) {
        return new AppConfig(vault, configDirectory, VaultOptions.forTests(), clock);
    }

    private void showAStoredKey() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("1a2b3c4d-0000-1111-2222-333344445555"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault, id));
            waitUntil(() -> showing(this, "#key-tabs"));
        }
    }

    @Test
    void aClockJumpAsAfterSleepLocksAtTheNextTick() {
        createVault();
        clock.advance(Duration.ofMinutes(10));

        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();
        assertThat(text(this, "#unlock-notice")).contains("Locked after 5 minutes");
    }

    @Test
    void minimisingLocksAndSaysSo() {
        createVault();
        interact(() -> stage.setIconified(true));
        interact(() -> stage.setIconified(false));

        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(text(this, "#unlock-notice")).contains("minimised");
    }

    @Test
    void minimisingLeavesTheVaultOpenWhenTheSettingIsOff() {
        createVault();
        interact(() -> app.shell().updateSettings(app.shell().settings().withLockWhenMinimised(false)));
        interact(() -> stage.setIconified(true));
        interact(() -> stage.setIconified(false));

        assertThat(app.shell().isUnlocked()).isTrue();
    }

    @Test
    void afterTheLockNothingKeepsTheClosedVaultReachable() throws Exception {
        createVault();
        showAStoredKey();
        WeakReference<Vault> closed = new WeakReference<>(app.shell().vault().orElseThrow());

        interact(() -> app.shell().lock());
        waitUntil(() -> showing(this, "#unlock-password"));
        // TestFX records every event fired in the window for its failure reports, and those events
        // point at the key's form; registering the window again starts a fresh record.
        interact(() -> FxToolkit.toolkitContext().setRegisteredStage(stage));

        for (int attempt = 0; attempt < 20 && closed.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertThat(closed.get()).as("the closed vault was garbage-collected").isNull();
    }
}
