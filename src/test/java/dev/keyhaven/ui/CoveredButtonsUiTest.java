package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** {@link CoveredButtons} finds a button another node lies over, and nothing else. */
class CoveredButtonsUiTest extends FxTest {

    private final StackPane root = new StackPane();

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(root, 300, 200));
        stage.show();
    }

    private List<String> found(javafx.scene.Node... content) {
        interact(() -> root.getChildren().setAll(content));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, CoveredButtons::inEveryWindow);
    }

    @Test
    void aPaneStackedOverAButtonCoversIt() {
        assertThat(found(new Button("Replace the key"), new Pane()))
                .singleElement().asString().contains("\"Replace the key\" is covered by Pane");
    }

    @Test
    void aButtonAloneOrUnderAPaneTheMouseGoesThroughIsNotCovered() {
        assertThat(found(new Button("Replace the key"))).isEmpty();
        Pane glass = new Pane();
        glass.setMouseTransparent(true);
        assertThat(found(new Button("Replace the key"), glass)).isEmpty();
        Pane unpicked = new Pane();
        unpicked.setPickOnBounds(false);
        assertThat(found(new Button("Replace the key"), unpicked)).isEmpty();
    }

    @Test
    void aButtonScrolledOutOfViewIsNotCovered() {
        VBox tall = new VBox(new Pane(), new Button("Far below"));
        ((Pane) tall.getChildren().get(0)).setMinHeight(1000);
        assertThat(found(new ScrollPane(tall))).isEmpty();
    }
}
