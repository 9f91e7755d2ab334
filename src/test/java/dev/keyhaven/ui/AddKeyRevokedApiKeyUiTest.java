package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Add key at 900x600, saved over the API key of a revoked key: the save is refused, the caret goes to the API
 * key with the reason under it in view, and the long sentence under the buttons cuts no button to "…".
 */
class AddKeyRevokedApiKeyUiTest extends ArchivedApiKeyUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01";

    @Test
    void aSaveRefusedOverTheApiKeyTakesTheCaretThereAndCutsNoButton() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        archivedAlpha(API_KEY);
        pasteIntoANewKey(API_KEY);
        clickOn(focus(this, "#secret-key .secret-field")).write("33582BD0CFF14C41EDBF1AB98506286D");
        clickOn(focus(this, "#passphrase .secret-field")).write("Pass-phrase-2");
        type(KeyCode.ENTER);

        waitUntil(() -> text(this, "#form-message").contains("revoked"));
        WaitForAsyncUtils.waitForFxEvents();
        Node apiKey = lookup("#api-key .secret-field").query();
        assertThat(apiKey.isFocused()).as("the caret in the API key, the field that stops the save").isTrue();
        ScrollPane form = lookup(".credentials-form").queryAs(ScrollPane.class);
        assertThat(inView(form, apiKey)).as("the API key in view").isTrue();
        assertThat(inView(form, lookup("#api-key-same").query())).as("the reason under it in view").isTrue();
        List<String> problems = new ArrayList<>();
        interact(() -> problems.addAll(LayoutProblems.inEveryWindow()));
        assertThat(problems).as("text cut short, a button to \"…\" first").isEmpty();
    }

    private static boolean inView(ScrollPane page, Node node) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            Bounds shown = node.localToScene(node.getLayoutBounds());
            return shown.getMinY() >= viewport.getMinY() && shown.getMaxY() <= viewport.getMaxY();
        });
    }
}
