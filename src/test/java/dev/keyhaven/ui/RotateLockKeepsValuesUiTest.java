package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.RotationPages.value;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.VaultException;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Locking in the middle of a rotation (Ctrl+L here; the idle lock takes the same way) does not drop it: OKX
 * shows a new key's secret only once. After unlock the rotation of the same key is back with the new API key
 * and the checklist's ticks; the secret key and the passphrase are wiped by the lock, and the page says so.
 */
class RotateLockKeepsValuesUiTest extends AppUiTest {

    private static final String NEW_API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a42";

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private boolean tickStored() {
        try {
            return app.shell().vault().orElseThrow().keys().stream()
                    .anyMatch(key -> key.checklistDone().contains("rotate-create"));
        } catch (VaultException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRotationComesBackAfterALockWithTheNewApiKeyAndTheTicksButNoSecrets() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        rotateAStoredKey(this);
        interact(() -> lookup("#tick-rotate-create").queryAs(CheckBox.class).fire());
        waitUntil(this::tickStored);
        clickOn(focus(this, "#new-api-key .secret-field")).write(NEW_API_KEY);
        clickOn(focus(this, "#new-secret-key .secret-field")).write("33582BD0CFF14C41EDBF1AB98506286D");
        clickOn(focus(this, "#new-passphrase .secret-field")).write("Typed-phrase-9");

        press(KeyCode.SHORTCUT).press(KeyCode.L).release(KeyCode.L).release(KeyCode.SHORTCUT);
        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();
        unlock();

        waitUntil(() -> showing(this, "#rotate-view") && !value(this, "#new-api-key").isEmpty());
        assertThat(value(this, "#new-api-key")).isEqualTo(NEW_API_KEY);
        assertThat(value(this, "#new-secret-key")).as("a secret does not outlive the lock").isEmpty();
        assertThat(value(this, "#new-passphrase")).as("a typed passphrase does not outlive the lock").isEmpty();
        assertThat(lookup("#tick-rotate-create").queryAs(CheckBox.class).isSelected()).as("the tick").isTrue();
        assertThat(text(this, "#rotate-lock-notice"))
                .isEqualTo("The secret key and passphrase were cleared when Keyhaven locked: paste them again.");
        Node notice = lookup("#rotate-lock-notice").query();
        ScrollPane page = lookup("#rotate-scroll").queryAs(ScrollPane.class);
        boolean inView = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            Bounds shown = notice.localToScene(notice.getLayoutBounds());
            return shown.getMinY() >= viewport.getMinY() && shown.getMaxY() <= viewport.getMaxY();
        });
        assertThat(inView).as("the note in view at 900x600").isTrue();
    }
}
