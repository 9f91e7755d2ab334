package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.controls.FocusScrolling;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings' Backups at 900x600 (issue #15): after Back up now its buttons are whole in view, and the restore
 * question says what is lost (changes since the backup's date) and what is kept (the vault as it is now).
 */
class SettingsBackupInViewUiTest extends AppUiTest {

    private ScrollPane settings() {
        return lookup(".settings-view").queryAs(ScrollPane.class);
    }

    private void openSettingsAt900x600() {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        createVault();
        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list"));
    }

    private void assertWholeInView(String query) {
        ScrollPane pane = settings();
        Node node = lookup(query).query();
        Bounds viewport = pane.localToScene(pane.getViewportBounds().getWidth() == 0 ? pane.getLayoutBounds()
                : new javafx.geometry.BoundingBox(0, 0, pane.getViewportBounds().getWidth(),
                pane.getViewportBounds().getHeight()));
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        assertThat(bounds.getMinY()).as("%s's top against the settings' viewport %s", query, viewport)
                .isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
        assertThat(bounds.getMaxY()).as("%s's bottom against the settings' viewport %s", query, viewport)
                .isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
        assertThat(bounds.getMaxY()).as("%s's bottom against the window", query)
                .isLessThanOrEqualTo(stage.getScene().getHeight());
    }

    @Test
    void afterBackUpNowItsButtonsAreWholeInView() {
        openSettingsAt900x600();
        interact(() -> FocusScrolling.scrollTo(settings(), lookup("#backup-now").query()));
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeInView("#backup-now");

        clickOn("#backup-now");
        waitUntil(() -> lookup(".settings-view .note").queryAll().stream().anyMatch(node ->
                node instanceof javafx.scene.control.Label label && label.getText().startsWith("Backed up at")));
        waitUntil(() -> !lookup("#backup-list").queryAs(ListView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertWholeInView("#backup-now");
        assertWholeInView("#restore-backup");
    }

    @Test
    void theRestoreQuestionSaysWhatIsLostAndWhatIsKept() {
        openSettingsAt900x600();
        interact(() -> FocusScrolling.scrollTo(settings(), lookup("#backup-now").query()));
        clickOn("#backup-now");
        waitUntil(() -> !lookup("#backup-list").queryAs(ListView.class).getItems().isEmpty());
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> !lookup("#restore-backup").queryAs(Button.class).isDisabled());
        Platform.runLater(() -> lookup("#restore-backup").queryAs(Button.class).fire());
        waitUntil(() -> lookup("Restore and lock").tryQuery().isPresent());
        String question = lookup(".dialog-pane").queryAll().stream()
                .map(pane -> ((javafx.scene.control.DialogPane) pane).getContentText()
                        + lookup(".dialog-pane .label").queryAll().stream()
                        .map(node -> ((javafx.scene.control.Labeled) node).getText()).reduce("", String::concat)
                        + lookup(".dialog-pane .text-area").queryAll().stream()
                        .map(node -> ((TextInputControl) node).getText()).reduce("", String::concat))
                .reduce("", String::concat);
        interact(() -> lookup(".dialog-pane .button").queryAll().stream().map(Button.class::cast)
                .filter(Button::isCancelButton).findFirst().orElseThrow().fire());

        assertThat(question).doesNotContain("are undone)")
                .containsPattern("Lost: whatever changed since \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\(keys added, values or notes"
                        + " changed, checks recorded\\)")
                .contains("Kept: the vault as it is now, saved first as another backup");
        assertThat(text(this, "#last-backup")).isNotEmpty();
    }
}
