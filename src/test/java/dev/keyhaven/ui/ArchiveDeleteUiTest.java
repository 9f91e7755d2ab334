package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.Vault;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** An archived key can be deleted for good from its card, after a question that names it and what stays. */
class ArchiveDeleteUiTest extends ArchivedKeyUiTest {

    private void answer(String button) {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Button choice = lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(node -> node.getText().equals(button)).findFirst().orElseThrow();
        assertThat(choice.getStyleClass().contains(dev.keyhaven.ui.common.FxDialogs.DESTRUCTIVE))
                .as(button + " drawn red").isEqualTo(!choice.isCancelButton());
        clickOn(choice);
    }

    @Test
    void deleteForGoodAsksNamingTheKeyThenDeletesItAndItsHistory() throws Exception {
        unlock();
        long id = archivedKey("Old grid");
        Vault vault = app.shell().vault().orElseThrow();
        clickWhenReady(this, "#show-archived");
        String delete = "#archived-delete-" + id;
        waitUntil(() -> showing(this, delete));
        assertThat(lookup(delete).query().getStyleClass()).contains("danger");

        clickOn(delete);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = lookup(".dialog-pane").queryAs(DialogPane.class);
        String said = WaitForAsyncUtils.waitForAsyncFx(5000, () -> question.getHeaderText() + " " + question.getContentText());
        assertThat(said).contains("Delete \"Old grid\" for good?").contains("cannot be undone")
                .contains("A backup made before keeps a copy until newer backups replace it");
        answer("Cancel");
        assertThat(vault.key(id)).isPresent();

        clickOn(delete);
        answer("Delete for good");
        waitUntil(() -> lookup("#archived-" + id).tryQuery().isEmpty());
        assertThat(vault.key(id)).isEmpty();
        assertThat(vault.archivedKeys()).isEmpty();
    }
}
