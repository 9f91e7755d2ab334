package dev.keyhaven.ui;

import static dev.keyhaven.ui.RotationPages.rotateAStoredKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rotation checklist's "Open the credentials form" puts the caret in the new API key field, with the whole
 * "three values" box (the fields and "Replace the key") scrolled into view, at 900x600 too. A real click's release (which runs the action) can come before the next pulse,
 * while the press is still remembered: the focus moved by the action must scroll all the same.
 */
class RotateOpenFormUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void openTheCredentialsFormScrollsTheApiKeyFieldIntoView() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        rotateAStoredKey(this);
        ScrollPane page = lookup("#rotate-scroll").queryAs(ScrollPane.class);
        Button open = lookup("#action-rotate-save").queryAs(Button.class);
        interact(() -> page.setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();

        interact(() -> {
            Bounds at = open.localToScene(open.getLayoutBounds());
            Event.fireEvent(open, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, at.getMinX() + 5, at.getMinY() + 5,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, true,
                    new PickResult(open, at.getMinX() + 5, at.getMinY() + 5)));
            open.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node field = lookup("#new-api-key .secret-field").query();
        assertThat(field.isFocused()).as("the caret in the new API key").isTrue();
        assertThat(inView(page, field)).as("the new API key field inside the visible part of the page").isTrue();
        assertThat(inView(page, lookup("#new-passphrase").query())).as("the last of the three values").isTrue();
        assertThat(inView(page, lookup("#replace-key").query())).as("Replace the key").isTrue();
    }

    /** True when {@code node} shows whole inside the visible part of {@code page}. */
    static boolean inView(ScrollPane page, Node node) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            Bounds shown = node.localToScene(node.getLayoutBounds());
            return shown.getMinY() >= viewport.getMinY() && shown.getMaxY() <= viewport.getMaxY();
        });
    }
}
