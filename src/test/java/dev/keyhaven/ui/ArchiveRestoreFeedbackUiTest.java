package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Restore on the archive page says at once what it does ("Restoring…", then "Restored…") while the vault
 * works, and its Restore cannot be pressed a second time meanwhile.
 */
class ArchiveRestoreFeedbackUiTest extends AppUiTest {

    @Test
    void restoreSaysRestoringThenRestoredAndCannotBePressedTwice() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a05"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        vault.archive(id, null);
        interact(() -> app.shell().keyList().reload(vault, null));
        clickOn(focus(this, "#show-archived"));
        waitUntil(() -> showing(this, "#archived-restore-" + id));
        List<String> said = new CopyOnWriteArrayList<>();
        interact(() -> lookup("#archived-message").queryAs(Label.class).textProperty()
                .addListener((observable, was, now) -> said.add(now)));

        clickOn(focus(this, "#archived-restore-" + id));
        waitUntil(() -> lookup("Restore key").tryQuery().isPresent());
        try (VaultHeld held = new VaultHeld(vault, Duration.ofSeconds(20))) {
            clickOn("Restore key");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(this, "#archived-message")).isEqualTo("Restoring \u201cAlpha\u201d\u2026");
            assertThat(showing(this, "#archived-restore-" + id)).as("the card stays until the vault answers").isTrue();
            assertThat(lookup("#archived-restore-" + id).queryAs(Button.class).isDisabled())
                    .as("no second Restore while the first runs").isTrue();
            assertThat(held.stillHolding()).isTrue();
        }

        waitUntil(() -> app.shell().keyList().items().size() == 1 && showing(this, "#key-tabs"));
        assertThat(said).contains("Restored \u201cAlpha\u201d to your keys. Opening its page\u2026");
        assertThat(vault.key(id).orElseThrow().archived()).isFalse();
    }
}
