package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The restore questions (an archived key, a backup) open centred on the window at 900x600 and at 1280x800 (the headless screen; 1920x1080 is looked at under Xvfb), and
 * every question has a frame of its own (a border), so it does not blend into the page behind it.
 */
class DialogFrameUiTest extends DialogUiTest {

    private void assertCentredAndFramed(String which) {
        Rectangle2D[] bounds = windowAndDialogInside(which);
        Rectangle2D window = bounds[0];
        Rectangle2D shown = bounds[1];
        assertThat(Math.abs(window.getMinX() + window.getWidth() / 2 - (shown.getMinX() + shown.getWidth() / 2)))
                .as(which + ": px off the window's centre across, " + shown + " in " + window).isLessThan(3);
        assertThat(Math.abs(window.getMinY() + window.getHeight() / 2 - (shown.getMinY() + shown.getHeight() / 2)))
                .as(which + ": px off the window's centre down, " + shown + " in " + window).isLessThan(3);
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        boolean framed = WaitForAsyncUtils.waitForAsyncFx(5000, () -> pane.getBorder() != null
                && !pane.getBorder().getStrokes().isEmpty()
                && pane.getBorder().getStrokes().get(0).getWidths().getTop() >= 1);
        assertThat(framed).as(which + ": the question has a border of its own").isTrue();
    }

    private void cancel() {
        Window dialog = dialog();
        Button cancel = lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isCancelButton).findFirst().orElseThrow(() -> new AssertionError("no Cancel in "
                        + lookup(".dialog-pane .label").queryAllAs(javafx.scene.control.Label.class).stream()
                                .map(javafx.scene.control.Label::getText).toList()));
        interact(cancel::fire);
        waitUntil(() -> !dialog.isShowing());
    }

    private static final double[][] SIZES = {{900, 600}, {1280, 800}};

    private void size(double[] size) {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String at(double[] size) {
        return " at " + (int) size[0] + "x" + (int) size[1];
    }

    @Test
    void restoringAnArchivedKeyAsksCentredAndFramedAt900x600And1280x800() throws Exception {
        unlock();
        long id = archivedKey("Gridbot (replaced 2026-12-03)");
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + id));
        for (double[] size : SIZES) {
            size(size);
            clickWhenReady(this, "#archived-restore-" + id);
            assertCentredAndFramed("Restore the archived key" + at(size));
            cancel();
        }
    }

    @Test
    void restoringABackupAsksCentredAndFramedAt900x600And1280x800() throws Exception {
        unlock();
        archivedKey("Gridbot (replaced 2026-12-03)");
        app.shell().vault().orElseThrow().backups().now("by hand");
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list"));
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        for (double[] size : SIZES) {
            size(size);
            waitUntil(() -> !lookup("#restore-backup").queryAs(Button.class).isDisabled());
            javafx.application.Platform.runLater(() -> lookup("#restore-backup").queryAs(Button.class).fire());
            assertCentredAndFramed("Restore the backup" + at(size));
            cancel();
        }
    }

    @Test
    void aWrongMasterPasswordSaysSoWithoutMovingOrResizingTheQuestion() throws Exception {
        size(SIZES[0]);
        unlock();
        long id = archivedKey("Gridbot (replaced 2026-12-03)");
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + id));
        clickWhenReady(this, "#archived-copy-secret-key-" + id);
        Window dialog = dialog();
        Rectangle2D before = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()));
        clickOn("#confirm-master-password").write("not the password");
        interact(() -> lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow().fire());
        waitUntil(() -> !lookup("#confirm-master-password-problem").queryAs(javafx.scene.control.Label.class)
                .getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D after = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight()));
        assertThat(after).as("the master-password question after its error line appeared").isEqualTo(before);
        cancel();
    }

    /** Issue #15: the master-password question's bottom border sat 2 px below its 317 px window. */
    @Test
    void theMasterPasswordQuestionsWholeBorderIsInsideItsWindow() throws Exception {
        size(SIZES[0]);
        unlock();
        long id = archivedKey("Gridbot (replaced 2026-12-03)");
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + id));
        clickWhenReady(this, "#archived-copy-secret-key-" + id);
        Window dialog = dialog();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double[] sizes = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
            javafx.geometry.Bounds bounds = pane.localToScene(pane.getLayoutBounds());
            return new double[] {bounds.getMinY(), bounds.getMaxY(), pane.getScene().getHeight(), bounds.getMaxX(),
                    pane.getScene().getWidth(), dialog.getHeight(), pane.minHeight(pane.getWidth()),
                    pane.prefHeight(pane.getWidth()), pane.prefHeight(-1), pane.getWidth(), pane.prefWidth(-1)};
        });
        assertThat(sizes[1]).as("the question's bottom against its window's content height; min %s pref %s (%s"
                + " without a width), width %s (pref %s), window %s", sizes[6], sizes[7], sizes[8], sizes[9], sizes[10],
                sizes[5]).isLessThanOrEqualTo(sizes[2]);
        assertThat(sizes[0]).as("the question's top").isGreaterThanOrEqualTo(0);
        assertThat(sizes[3]).as("the question's right edge").isLessThanOrEqualTo(sizes[4]);
        cancel();
    }
}
