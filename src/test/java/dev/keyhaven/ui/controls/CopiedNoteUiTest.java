package dev.keyhaven.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.FxTest;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The "Copied" note makes its popup at the first copy (not while the app starts): a lock before any copy
 * hides nothing and fails nothing, and the first copy still shows the note beside the button pressed.
 */
class CopiedNoteUiTest extends FxTest {

    private final CopiedNote note = new CopiedNote();
    private Button copy;

    @Override
    public void start(Stage stage) {
        copy = new Button("Copy");
        Scene scene = new Scene(new VBox(copy), 500, 300);
        note.watch(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLockBeforeAnyCopyHidesNothingAndTheFirstCopyShowsTheNote() {
        interact(note::hide);
        assertThat(Window.getWindows()).as("windows before any copy").hasSize(1);

        interact(() -> {
            copy.fire();
            note.show(Duration.ofSeconds(30));
        });
        Label shown = lookup("#copied-note").queryAs(Label.class);
        assertThat(shown.getText()).isEqualTo("Copied. Keyhaven clears the clipboard in 30 seconds.");
        assertThat(shown.getScene().getWindow().isShowing()).isTrue();

        interact(note::hide);
        assertThat(shown.getScene().getWindow().isShowing()).isFalse();
    }
}
