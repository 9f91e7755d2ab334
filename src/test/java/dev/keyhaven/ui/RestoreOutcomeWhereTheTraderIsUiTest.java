package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A restore's outcome said on the start screen: a lock can drop a restore being prepared, and the trader may have
 * unlocked again before it is said (the prepare is slow). Then it is a note in the unlocked window, which the trader
 * is not thrown out of onto an unlock screen over an open vault.
 */
class RestoreOutcomeWhereTheTraderIsUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void lockedItIsOnTheStartScreenUnlockedAgainItIsANote() {
        unlock();
        interact(() -> app.shell().sayOnTheStartScreen(BackupRestore.LOCKED_FIRST));

        assertThat(showing(this, "#main-screen")).as("still in the unlocked window").isTrue();
        assertThat(app.shell().vault()).isPresent();
        assertThat(text(this, "#toast")).isEqualTo(BackupRestore.LOCKED_FIRST);

        interact(() -> app.shell().lock());
        waitUntil(() -> showing(this, "#unlock-notice"));
        interact(() -> app.shell().sayOnTheStartScreen(BackupRestore.LOCKED_FIRST));

        assertThat(text(this, "#unlock-notice")).isEqualTo(BackupRestore.LOCKED_FIRST);
    }
}
