package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.common.WindowBounds;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window remembered on a larger screen opens whole on this (headless, 1280x800) one. */
class WindowFitsScreenUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        new SettingsStore(configDirectory).save(AppSettings.DEFAULTS.withWindow(
                new WindowBounds(1200, 600, 2400, 1300, false)));
        return super.config(vault, configDirectory);
    }

    @Test
    void aWindowRememberedFromALargerScreenFitsThisOne() {
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        assertThat(stage.getWidth()).isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX()).isBetween(screen.getMinX(), screen.getMaxX() - stage.getWidth());
        assertThat(stage.getY()).isBetween(screen.getMinY(), screen.getMaxY() - stage.getHeight());
    }
}
