package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** At 900x600 each question (the master password for a copy, a confirmation) opens centred on the window, inside it. */
class DialogPlacementUiTest extends DialogUiTest {

    private void assertCentredInside(String which) {
        Rectangle2D[] bounds = windowAndDialogInside(which);
        Rectangle2D window = bounds[0];
        Rectangle2D shown = bounds[1];
        double windowCentre = window.getMinX() + window.getWidth() / 2;
        double dialogCentre = shown.getMinX() + shown.getWidth() / 2;
        assertThat(Math.abs(windowCentre - dialogCentre)).as(which + ": px off the window's centre").isLessThan(2);
    }

    private void press(String label) {
        clickOn(lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow());
    }

    @Test
    void theCopyPasswordQuestionAndTheConfirmationOpenCentredInsideTheWindow() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        long id = archivedKey("Gridbot (replaced 2026-12-03)");
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + id));

        clickWhenReady(this, "#archived-copy-secret-key-" + id);
        assertCentredInside("the master password for a copy");
        press("Cancel");

        clickWhenReady(this, "#archived-delete-" + id);
        assertCentredInside("Delete for good");
        press("Cancel");
    }
}
