package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.RotationPages.value;
import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page brought back across a lock has the keyboard: the caret is in its first empty field (the secret key the
 * lock cleared), so typing and Esc (the question before discarding) work without a click first.
 */
class LockFocusUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private boolean focusIsIn(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Node owner = stage.getScene().getFocusOwner();
            Node field = lookup(query).query();
            return owner != null && owner == field;
        });
    }

    private void lockAndUnlock() {
        press(KeyCode.SHORTCUT).press(KeyCode.L).release(KeyCode.L).release(KeyCode.SHORTCUT);
        waitUntil(() -> showing(this, "#unlock-password"));
        unlock();
    }

    private void escAsksBeforeDiscarding(String subject) {
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains(subject + " has changes");
        clickOn("Keep editing");
    }

    @Test
    void theRotationComesBackWithTheCaretInTheClearedSecretKey() throws Exception {
        unlock();
        rotateAStoredKey(this);
        clickOn(focus(this, "#new-api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a42");
        clickOn(focus(this, "#new-secret-key .secret-field")).write("33582BD0CFF14C41EDBF1AB98506286D");

        lockAndUnlock();
        waitUntil(() -> showing(this, "#rotate-view") && !value(this, "#new-api-key").isEmpty());
        waitUntil(() -> focusIsIn("#new-secret-key .secret-field"));
        write("4");
        assertThat(value(this, "#new-secret-key")).as("typing goes into the cleared secret key").isEqualTo("4");
        escAsksBeforeDiscarding("The rotation");
    }

    @Test
    void theAddKeyFormComesBackWithTheCaretInTheClearedSecretKey() {
        unlock();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#key-label"));
        interact(() -> lookup("#key-label").<TextField>query().setText("Journal export"));
        clickOn(focus(this, "#api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a07");
        clickOn(focus(this, "#secret-key .secret-field")).write("22582BD0CFF14C41EDBF1AB98506286D");

        lockAndUnlock();
        waitUntil(() -> showing(this, "#key-label") && !value(this, "#api-key").isEmpty());
        waitUntil(() -> focusIsIn("#secret-key .secret-field"));
        escAsksBeforeDiscarding("The new key");
    }
}
