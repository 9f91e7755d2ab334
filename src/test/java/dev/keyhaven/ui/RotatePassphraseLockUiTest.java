package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.generated;
import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.RotationPages.value;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The idle lock does not drop a passphrase generated during a rotation (the trader may have typed it into
 * OKX's form): after unlock the rotation is back with it, in the new key's Passphrase field.
 */
class RotatePassphraseLockUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory).withIdleTimeout(Duration.ofSeconds(6));
    }

    @Test
    void aPassphraseGeneratedDuringARotationSurvivesTheIdleLockAndEndsInThePassphraseField() throws Exception {
        unlock();
        rotateAStoredKey(this);
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        String generated = generated(this);

        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();

        unlock();
        waitUntil(() -> showing(this, "#rotate-view") && app.shell().guideShown() != null
                && app.shell().guideShown().passphraseReadyProperty().get());
        assertThat(generated(this)).as("the guide's passphrase").isEqualTo(generated);
        assertThat(value(this, "#new-passphrase")).as("the Passphrase field").isEqualTo(generated);
    }
}
