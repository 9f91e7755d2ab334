package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * The unlock screen starts with app.css alone; main.css, what only the unlocked app needs, must still
 * reach the main window.
 */
class MainStylesheetUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Test
    void theUnlockedWindowIsStyledByMainCss() {
        unlock();

        Region toolbar = lookup(".app-toolbar").queryAs(Region.class);
        Region statusBar = lookup("#status-bar").queryAs(Region.class);
        assertThat(toolbar.getPadding()).isEqualTo(new Insets(8, 14, 8, 14));
        assertThat(statusBar.getMinHeight()).isEqualTo(34);
    }
}
