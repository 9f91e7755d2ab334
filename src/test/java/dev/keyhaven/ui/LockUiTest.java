package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** An existing vault: wrong password, unlock, and locking by idleness and by Ctrl+L. */
class LockUiTest extends ApplicationTest {

    private static final String MASTER = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private KeyhavenApp app;

    @Override
    public void start(Stage stage) throws Exception {
        Path vaultFile = folder.resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(MASTER)) {
            Vault.create(vaultFile, password, VaultOptions.forTests()).close();
        }
        app = new KeyhavenApp(new AppConfig(vaultFile, folder.resolve("config"), VaultOptions.forTests(),
                Clock.systemUTC()).withIdleTimeout(Duration.ofSeconds(2)));
        app.start(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.hideStage();
    }

    private void unlockWith(String password) {
        clickOn("#unlock-password .secret-field").write(password);
        type(KeyCode.ENTER);
    }

    @Test
    void aWrongPasswordIsToldAndTheFieldEmptied() {
        unlockWith("not my password at all");
        waitUntil(() -> showing(this, "#unlock-message"));
        assertThat(text(this, "#unlock-message")).contains("does not open this vault");
        SecretInput field = lookup("#unlock-password").query();
        try (Secret left = field.secret()) {
            assertThat(left.isEmpty()).isTrue();
        }
        assertThat(app.shell().isUnlocked()).isFalse();
        assertThat(showing(this, "#main-screen")).as("the main screen prepared behind the lock stays hidden").isFalse();
    }

    @Test
    void idlenessLocksWipesTheFormAndClearsOurClipboard() {
        unlockWith(MASTER);
        waitUntil(() -> showing(this, "#main-screen"));
        interact(() -> {
            try (Secret copied = Secret.ofString("copied-secret")) {
                app.shell().clipboard().copy(copied);
            }
        });
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> lookup("#key-label").tryQuery().isPresent());
        clickOn(focus(this, "#api-key .secret-field")).write("typed-but-not-saved");
        SecretInput typedInto = lookup("#api-key").query();

        waitUntil(() -> showing(this, "#unlock-password"));

        assertThat(app.shell().isUnlocked()).isFalse();
        assertThat(text(this, "#unlock-notice")).contains("Locked after 2 seconds");
        try (Secret left = typedInto.secret()) {
            assertThat(left.isEmpty()).as("secret fields are wiped on lock").isTrue();
        }
        interact(() -> assertThat(Clipboard.getSystemClipboard().hasString()).isFalse());
    }

    @Test
    void ctrlLLocksAtOnceButLeavesWhatTheUserCopiedElsewhere() {
        unlockWith(MASTER);
        waitUntil(() -> showing(this, "#main-screen"));
        interact(() -> {
            try (Secret copied = Secret.ofString("copied-secret")) {
                app.shell().clipboard().copy(copied);
            }
            ClipboardContent mine = new ClipboardContent();
            mine.putString("the user's own text");
            Clipboard.getSystemClipboard().setContent(mine);
        });
        clickOn("#key-filter");
        press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();
        interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("the user's own text"));
        // The main screen is prepared again behind the lock, hidden and without a single key.
        waitUntil(() -> lookup("#main-screen").tryQuery().isPresent());
        assertThat(showing(this, "#main-screen")).isFalse();
        assertThat(lookup("#key-list").queryAllAs(ListView.class))
                .allSatisfy(list -> assertThat(list.getItems()).isEmpty());
    }
}
