package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.status.CheckAllView;
import dev.keyhaven.ui.theme.AppTheme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check all's rows change at every answer. JavaFX caches a scroll pane's viewport as a bitmap, so each change redrew
 * every visible row into the bitmap and then the bitmap (the pulse logger showed the cache rebuilt at each answer,
 * and in the software pipeline the renderer, and with it the JavaFX thread, waited for it). The page's viewport is
 * drawn without that cache.
 */
class CheckAllRepaintUiTest extends FxTest {

    @Override
    public void start(Stage stage) {
        AppTheme.apply(ThemeChoice.LIGHT);
        Scene scene = new Scene(new StackPane(CheckAllView.rehearsal()), 588, 512);
        AppTheme.styleMainWindow(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theRowsViewportIsNotCachedAsABitmap() {
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = lookup("#check-all-view > .scroll-pane > .viewport").query();
        assertThat(viewport.isCache()).as("the viewport of Check all's rows is cached").isFalse();
    }
}
