package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Walk 22 (09): at 900x600 "Creating the vault..." sat on the window's bottom edge, half out of view. */
class CreatingVaultInViewUiTest extends AppUiTest {

    /** The real key derivation: creating takes long enough to look at the page meanwhile. */
    @Override
    AppConfig config(Path vault, Path configDirectory) {
        return new AppConfig(vault, configDirectory, VaultOptions.standard(), Clock.systemUTC());
    }

    @Override
    public void start(Stage stage) throws Exception {
        super.start(stage);
        stage.setWidth(900);
        stage.setHeight(600);
    }

    @Test
    void theCreatingLineShowsWholeWithRoomUnderItAt900x600() {
        waitUntil(() -> showing(this, "#create-vault"));
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write(MASTER);
        interact(() -> lookup("#create-vault").queryAs(Button.class).fire());
        waitUntil(() -> showing(this, ".busy-row"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Node row = lookup(".busy-row").query();
        double[] room = WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds inWindow = row.localToScene(row.getBoundsInLocal());
            return new double[] {inWindow.getMinY(), row.getScene().getHeight() - inWindow.getMaxY()};
        });
        assertThat(room[0]).as("the line's top inside the window").isGreaterThanOrEqualTo(0);
        assertThat(room[1]).as("px between the line and the window's bottom edge").isGreaterThanOrEqualTo(16);
    }
}
