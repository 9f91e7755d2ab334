package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.FxDialogs;
import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.theme.AppTheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A question whose answer deletes, revokes, discards or replaces something draws that answer red, in the light
 * and the dark theme; the safe answer stays the default (Enter). An ordinary question keeps a plain button.
 */
class DestructiveConfirmUiTest extends FxTest {

    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(), 900, 600);
        AppTheme.styleMainWindow(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void lightAgain() {
        interact(() -> AppTheme.apply(ThemeChoice.LIGHT));
    }

    private Button asked(boolean destructive, String confirmLabel) {
        FxDialogs dialogs = new FxDialogs(() -> stage);
        Platform.runLater(() -> {
            if (destructive) {
                dialogs.confirmDestructive("Revoke \u201cGridbot\u201d?", "OKX stops accepting it.", confirmLabel);
            } else {
                dialogs.confirm("Keep it?", "A plain question.", confirmLabel);
            }
        });
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return button(confirmLabel);
    }

    private Button button(String text) {
        return lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow();
    }

    private static boolean red(Button button) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            button.applyCss();
            if (button.getBackground() == null || button.getBackground().getFills().isEmpty()) {
                return false;
            }
            var fills = button.getBackground().getFills();
            if (!(fills.get(fills.size() - 1).getFill() instanceof Color colour)) {
                return false;
            }
            return colour.getRed() > 0.6 && colour.getRed() > colour.getGreen() + 0.25
                    && colour.getRed() > colour.getBlue() + 0.25;
        });
    }

    private void close() {
        interact(() -> button("Cancel").fire());
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isEmpty());
    }

    @Test
    void theDestructiveAnswerIsRedInBothThemesAndCancelStaysTheDefault() {
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            interact(() -> AppTheme.apply(theme));
            Button revoke = asked(true, "Revoke key");
            assertThat(revoke.getStyleClass()).as(theme + ": the style").contains(FxDialogs.DESTRUCTIVE);
            assertThat(red(revoke)).as(theme + ": Revoke key is drawn red").isTrue();
            assertThat(revoke.isDefaultButton()).as(theme + ": Enter does not revoke").isFalse();
            assertThat(button("Cancel").isDefaultButton()).as(theme + ": Cancel is the default").isTrue();
            assertThat(red(button("Cancel"))).as(theme + ": Cancel is not red").isFalse();
            close();
        }
    }

    @Test
    void anOrdinaryQuestionKeepsAPlainButton() {
        Button keep = asked(false, "Save anyway");
        assertThat(keep.getStyleClass()).doesNotContain(FxDialogs.DESTRUCTIVE);
        assertThat(red(keep)).isFalse();
        close();
    }
}
