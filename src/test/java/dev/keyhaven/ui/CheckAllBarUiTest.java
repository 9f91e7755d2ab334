package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.status.CheckAllView;
import dev.keyhaven.ui.theme.AppTheme;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walk24 #8: Check all's empty progress bar, alone on a line under the count, read as a thin grey strip left over
 * under the header. It is shown whole, beside the count it draws.
 */
class CheckAllBarUiTest extends FxTest {

    private Scene scene;

    @Override
    public void start(Stage stage) {
        AppTheme.apply(ThemeChoice.LIGHT);
        // The room the page has beside the key list in a 900x600 window.
        scene = new Scene(new StackPane(CheckAllView.rehearsal()), 588, 512);
        AppTheme.styleMainWindow(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theProgressBarIsShownWholeBetweenTheCountAndTheRows() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> lookup("#check-all-rows .check-all-row").queryAll().size() == 12);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<String> seen = new AtomicReference<>();
        interact(() -> {
            ProgressBar bar = lookup(".progress-bar").queryAs(ProgressBar.class);
            Node count = lookup("#check-all-count").query();
            ScrollPane rows = lookup("#check-all-view > .scroll-pane").queryAs(ScrollPane.class);
            Shots.save(scene, "check-all-bar");
            seen.set("bar " + sceneBounds(bar) + ", pref height " + bar.prefHeight(bar.getWidth()) + "; count "
                    + sceneBounds(count) + "; rows " + sceneBounds(rows));
            assertThat(bar.getHeight()).as("not squeezed: " + seen.get())
                    .isCloseTo(bar.prefHeight(bar.getWidth()), org.assertj.core.data.Offset.offset(1.0));
            double middle = sceneBounds(bar).getCenterY();
            assertThat(middle).as("beside its count: " + seen.get()).isBetween(sceneBounds(count).getMinY(),
                    sceneBounds(count).getMaxY());
            assertThat(sceneBounds(bar).getMaxY()).as(seen.get()).isLessThanOrEqualTo(sceneBounds(rows).getMinY());
        });
    }
}
