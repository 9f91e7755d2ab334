package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.keylist.KeyListItem;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The key list keeps the key selected (its name in view) while the key's rotation page shows (walk20b F). */
class RotateKeepsSelectionUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private String selectedInList() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            KeyListItem item = lookup("#key-list").<ListView<KeyListItem>>query().getSelectionModel().getSelectedItem();
            return item == null ? "(none)" : item.key().label();
        });
    }

    @Test
    void theKeyStaysSelectedOnItsRotationPageAndCancelGoesBackToIt() throws Exception {
        unlock();
        rotateAStoredKey(this);
        assertThat(selectedInList()).isEqualTo("Grid bot");

        clickOn(focus(this, "#cancel-rotate"));
        waitUntil(() -> showing(this, "#key-tabs") && !showing(this, "#rotate-view"));
        assertThat(selectedInList()).isEqualTo("Grid bot");
        clickWhenReady(this, "#rotate-key");
        waitUntil(() -> showing(this, "#rotate-view"));
        assertThat(selectedInList()).isEqualTo("Grid bot");

        // A reload of the list (a command wrote beside the app) keeps the page and the selected key.
        KeyListItem before = app.shell().keyList().selectedProperty().get();
        interact(() -> app.shell().keyList().reload(app.shell().vault().orElseThrow(), null));
        waitUntil(() -> app.shell().keyList().selectedProperty().get() != before);
        waitUntil(() -> showing(this, "#rotate-view"));
        // (The list's highlight itself goes after any reload, on the key's own page too: not this test's point.)
        assertThat(app.shell().keyList().selectedProperty().get().key().label()).isEqualTo("Grid bot");
    }
}
