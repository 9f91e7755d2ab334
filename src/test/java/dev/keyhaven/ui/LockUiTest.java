package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An existing vault: wrong password, unlock, and locking by idleness and by Ctrl+L. */
class LockUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory).withIdleTimeout(Duration.ofSeconds(5));
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
        assertThat(lookup("#main-screen").tryQuery()).as("the main screen is prepared behind the lock").isPresent();
        assertThat(showing(this, "#main-screen")).as("and stays hidden after a wrong password").isFalse();
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
        assertThat(text(this, "#unlock-notice")).contains("Locked after 5 seconds");
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
        press(KeyCode.SHORTCUT).press(KeyCode.L).release(KeyCode.L).release(KeyCode.SHORTCUT);
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
