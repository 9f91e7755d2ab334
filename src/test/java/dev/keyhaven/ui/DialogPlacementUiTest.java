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
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** At 900x600 each question (the master password for a copy, a confirmation) opens centred on the window, inside it. */
class DialogPlacementUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    private long archivedKey() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft("Gridbot (replaced 2026-12-03)", Purpose.TRADING, Environment.LIVE,
                    Region.GLOBAL, null, "", 0, credentials)).record().id();
            vault.archive(id, null);
            interact(() -> app.shell().keyList().reload(vault, null));
            return id;
        }
    }

    private Window dialog() {
        waitUntil(() -> lookup(".dialog-pane").tryQuery().map(pane -> pane.getScene().getWindow() != stage
                && pane.getScene().getWindow().getWidth() > 0).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").query().getScene().getWindow();
    }

    private void assertCentredInside(String which) {
        Window dialog = dialog();
        Rectangle2D[] bounds = WaitForAsyncUtils.waitForAsyncFx(5000, () -> new Rectangle2D[] {
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight())});
        Rectangle2D window = bounds[0];
        Rectangle2D shown = bounds[1];
        assertThat(window.contains(shown)).as(which + ": " + shown + " inside the window " + window).isTrue();
        double windowCentre = window.getMinX() + window.getWidth() / 2;
        double dialogCentre = shown.getMinX() + shown.getWidth() / 2;
        assertThat(Math.abs(windowCentre - dialogCentre)).as(which + ": px off the window's centre").isLessThan(2);
    }

    private void press(String label) {
        clickOn(lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow());
    }

    @Test
    void theCopyPasswordQuestionAndTheConfirmationOpenCentredInsideTheWindow() throws Exception {
        interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
        });
        unlock();
        long id = archivedKey();
        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-" + id));

        clickWhenReady(this, "#archived-copy-secret-key-" + id);
        assertCentredInside("the master password for a copy");
        press("Cancel");

        clickWhenReady(this, "#archived-delete-" + id);
        assertCentredInside("Delete for good");
        press("Cancel");
    }
}
