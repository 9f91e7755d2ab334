package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock does not drop a generated, unsaved passphrase: the lock wipes and closes everything else,
 * keeps that one value as a secret, and the new key's guide offers it back after unlock.
 */
class GeneratedPassphraseLockUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory).withIdleTimeout(Duration.ofSeconds(6));
    }

    @Test
    void aPassphraseGeneratedBeforeTheIdleLockIsOfferedBackAfterUnlock() {
        unlock();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#generatePassphrase"));
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        String generated = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> app.shell().guideShown().readPassphrase(String::new));

        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();

        unlock();
        waitUntil(() -> showing(this, "#new-key-tabs") && app.shell().guideShown() != null
                && app.shell().guideShown().passphraseReadyProperty().get());
        String offered = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> app.shell().guideShown().readPassphrase(String::new));
        assertThat(offered).isEqualTo(generated);
    }
}
