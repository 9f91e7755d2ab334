package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Where the app's questions open over the window: what the tests of their placement share. */
abstract class DialogUiTest extends ArchivedKeyUiTest {

    /** The question open now, once it has its size. */
    Window dialog() {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().map(pane -> pane.getScene().getWindow() != stage
                && pane.getScene().getWindow().getWidth() > 0).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").query().getScene().getWindow();
    }

    /** The window's bounds and the open question's, the question checked to be inside the window. */
    Rectangle2D[] windowAndDialogInside(String which) {
        Window dialog = dialog();
        Rectangle2D[] bounds = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new Rectangle2D[] {
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight())});
        assertThat(bounds[0].contains(bounds[1])).as(which + ": " + bounds[1] + " inside the window " + bounds[0])
                .isTrue();
        return bounds;
    }
}
