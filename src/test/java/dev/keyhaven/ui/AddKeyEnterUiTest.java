package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Add key's first page takes Enter at once: the guided path is focused as soon as the page shows. */
class AddKeyEnterUiTest extends AppUiTest {

    @Test
    void enterRightAfterClickingAddKeyOpensTheGuide() throws Exception {
        createVault();
        clickOn("#add-key");
        waitUntil(() -> showing(this, "#path-guided"));

        assertThat(stage.getScene().getFocusOwner()).as("focus owner").isSameAs(lookup("#path-guided").query());
        push(KeyCode.ENTER);

        waitUntil(() -> !showing(this, "#path-guided"));
    }

    @Test
    void enterRightAfterCtrlNOpensTheGuide() throws Exception {
        createVault();
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> showing(this, "#path-guided"));

        assertThat(stage.getScene().getFocusOwner()).as("focus owner").isSameAs(lookup("#path-guided").query());
        push(KeyCode.ENTER);

        waitUntil(() -> !showing(this, "#path-guided"));
    }
}
