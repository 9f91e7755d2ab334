package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretField;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The app as JavaFX's launcher starts it: {@link KeyhavenApp#init} on the launcher thread builds the
 * shell while the JavaFX thread reads the theme, then {@link KeyhavenApp#start} shows the window. The
 * unlock screen must come up as when everything is built on the JavaFX thread: in the app's theme, the
 * password field focused, and the shell built off that thread working once unlocked.
 */
class LauncherStartUiTest extends AppUiTest {

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        vaultExists();
        app = newApp();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread launcher = new Thread(() -> {
            try {
                app.init();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "test-launcher");
        launcher.start();
        launcher.join();
        assertThat(failed.get()).as("init() off the JavaFX thread").isNull();
        app.start(stage);
    }

    @Test
    void theUnlockScreenComesUpInTheAppsThemeWithThePasswordFieldFocused() {
        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(Application.getUserAgentStylesheet()).contains("atlantafx/base/theme/primer-");
        waitUntil(() -> stage.getScene().getFocusOwner() instanceof SecretField);
        assertThat(stage.getScene().getFocusOwner().getParent().getParent().getId()).isEqualTo("unlock-password");
    }

    @Test
    void theShellBuiltOffTheJavaFxThreadUnlocksAndUsesTheClipboard() {
        waitUntil(() -> showing(this, "#unlock-password"));
        unlock();
        interact(() -> {
            try (Secret copied = Secret.ofString("copied-secret")) {
                app.shell().clipboard().copy(copied);
            }
            assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("copied-secret");
            app.shell().lock();
            assertThat(Clipboard.getSystemClipboard().hasString()).as("cleared on lock").isFalse();
        });
    }
}
