package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
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
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A note that appears moves nothing the trader is about to press or type in (walk24 #8): the archive card's
 * buttons stay under the pointer after a copy, and the unlock card's password field stays put when a wrong
 * password is told.
 */
class StillWhileNotesComeUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private double screenY(String query) {
        AtomicReference<Double> y = new AtomicReference<>();
        interact(() -> {
            Node node = lookup(query).query();
            y.set(node.localToScreen(node.getBoundsInLocal()).getMinY());
        });
        return y.get();
    }

    @Test
    void theWrongPasswordsMessageLeavesThePasswordFieldWhereItWas() {
        waitUntil(() -> showing(this, "#unlock-password"));
        double before = screenY("#unlock-password .secret-field");
        clickOn("#unlock-password .secret-field").write("not the master password");
        push(KeyCode.ENTER);
        waitUntil(() -> showing(this, "#unlock-message"));

        assertThat(screenY("#unlock-password .secret-field")).as("the field's screen Y after the message")
                .isEqualTo(before);
        assertThat(lookup(".busy-row").query().isVisible()).isFalse();
    }

    @Test
    void aCopyOnAnArchivedCardLeavesItsRestoreAndDeleteButtonsWhereTheyWere() throws Exception {
        unlock();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Grid-Bot-Pass-2024!"))) {
            id = vault.add(new KeyDraft("Copy bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        vault.archive(id, null);
        interact(() -> app.shell().keyList().reload(vault, null));
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-restore-" + id));
        double restore = screenY("#archived-restore-" + id);
        double delete = screenY("#archived-delete-" + id);

        clickOn("#archived-copy-api-key-" + id);
        waitUntil(() -> text(this, "#archived-message").startsWith("Copied the API key"));

        assertThat(screenY("#archived-restore-" + id)).as("Restore's screen Y after the note").isEqualTo(restore);
        assertThat(screenY("#archived-delete-" + id)).as("Delete for good's screen Y after the note")
                .isEqualTo(delete);
    }
}
