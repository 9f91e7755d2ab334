package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the archive does shows at once everywhere: the "Archived keys (n)" link follows a delete for good,
 * and the focus stays on the archive page (the next card, or Back), never on the key list's filter.
 */
class ArchiveFollowsUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private long archivedKey(String label, String apiKey) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
            vault.archive(id, null);
            return id;
        }
    }

    private void deleteForGood(long id) {
        String delete = "#archived-delete-" + id;
        clickWhenReady(this, delete);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        Button choice = lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(node -> node.getText().equals("Delete for good")).findFirst().orElseThrow();
        clickOn(choice);
        waitUntil(() -> lookup("#archived-" + id).tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.getScene().getFocusOwner());
    }

    private String link() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Labeled link = lookup("#show-archived").queryAs(Labeled.class);
            return link.isVisible() ? link.getText() : "(hidden)";
        });
    }

    @Test
    void deleteForGoodUpdatesTheLinkAndKeepsTheFocusOnThePage() throws Exception {
        unlock();
        long first = archivedKey("Old grid", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        long second = archivedKey("Old journal", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02");
        interact(() -> app.shell().keyList().reload(app.shell().vault().orElseThrow(), null));
        waitUntil(() -> link().equals("Archived keys (2)"));
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + first) && showing(this, "#archived-" + second));

        deleteForGood(second);
        waitUntil(() -> !link().equals("Archived keys (2)"));
        assertThat(link()).isEqualTo("Archived keys (1)");
        assertThat(focusOwner().getId()).as("focus after deleting a card with another left")
                .isEqualTo("archived-copy-api-key-" + first);

        deleteForGood(first);
        waitUntil(() -> link().equals("(hidden)"));
        assertThat(focusOwner().getId()).as("focus after deleting the last card").isEqualTo("archived-close");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> lookup("#archived-none").queryAs(Labeled.class).getText()))
                .startsWith("No archived keys left.");
    }

    @Test
    void aCopyIsSaidOnceByThePageNotByANoteOverTheButtons() throws Exception {
        unlock();
        long id = archivedKey("Old grid", "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01");
        interact(() -> app.shell().keyList().reload(app.shell().vault().orElseThrow(), null));
        clickWhenReady(this, "#show-archived");
        clickWhenReady(this, "#archived-copy-api-key-" + id);
        waitUntil(() -> showing(this, "#archived-message"));
        assertThat(UiTestSupport.text(this, "#archived-message")).startsWith("Copied the API key");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing)
                .anyMatch(window -> window.getScene() != null && window.getScene().lookup("#copied-note") != null)))
                .as("the floating Copied note as well").isFalse();
    }
}
