package dev.keyhaven.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.theme.AppTheme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plain buttons (Cancel, Rotate…, Open OKX API page), flat and toolbar buttons, toggle and menu buttons and
 * links draw a focus ring a user can see, in the light and the dark theme: 2px in the accent colour, 3:1
 * against the page (AtlantaFX draws their border 1px). None when they do not hold the focus.
 */
class PlainFocusRingUiTest extends FxTest {

    private TextField elsewhere;
    private final List<Node> controls = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        elsewhere = new TextField();
        Button plain = new Button("Rotate\u2026");
        Button flat = new Button("Close");
        flat.getStyleClass().add("flat");
        Button inToolbar = new Button("Settings");
        ToolBar toolbar = new ToolBar(inToolbar);
        ToggleButton toggle = new ToggleButton("Show");
        ToggleButton on = new ToggleButton("Live");
        on.setSelected(true);
        MenuButton more = new MenuButton("More");
        Hyperlink link = new Hyperlink("What is this?");
        controls.addAll(List.of(plain, flat, inToolbar, toggle, on, more, link));
        VBox page = new VBox(12, toolbar, elsewhere, plain, flat, toggle, on, more, link);
        page.setStyle("-fx-padding: 12;");
        Scene scene = new Scene(page, 900, 600);
        AppTheme.styleMainWindow(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        interact(() -> AppTheme.apply(ThemeChoice.LIGHT));
    }

    @Test
    void everyPlainControlDrawsA2pxAccentRingInBothThemes() {
        List<String> noRing = new ArrayList<>();
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            interact(() -> AppTheme.apply(theme));
            for (Node control : controls) {
                interact(elsewhere::requestFocus);
                boolean before = FocusRing.drawnBy(this, control);
                interact(control::requestFocus);
                assertThat(control.isFocused()).as(control + " takes the focus").isTrue();
                if (before || !FocusRing.drawnBy(this, control)) {
                    noRing.add(theme + ": " + control.getTypeSelector() + " " + control.getStyleClass());
                }
            }
        }
        assertThat(noRing).as("no ring of 2px, 3:1 against the page, when focused (or one when not)").isEmpty();
    }
}
