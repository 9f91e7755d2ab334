package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Leaving a credentials form with unsaved changes asks first; Cancel keeps the page and what was typed. */
class UnsavedChangesUiTest extends AppUiTest {

    private void twoStoredKeys() throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        for (String label : new String[] {"Alpha", "Bravo"}) {
            try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0" + label.length()),
                    Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
                vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
            }
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 2);
    }

    private void clickKey(int index) {
        Node cell = lookup("#key-list .list-cell").nth(index).query();
        clickOn(cell);
    }

    private String storedNotes(String label) {
        try {
            return app.shell().vault().orElseThrow().keyByLabel(label).orElseThrow().notes();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    private String notes() {
        return lookup("#notes").queryAs(TextArea.class).getText();
    }

    /** Two stored keys, Alpha shown, {@code typed} written into its notes and not saved. */
    private void editAlphasNotes(String typed) throws Exception {
        createVault();
        twoStoredKeys();
        clickKey(0);
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
        clickOn("#tab-credentials");
        clickOn(focus(this, "#notes")).write(typed);
    }

    @Test
    void anotherKeyAsksFirstAndCancelKeepsTheEdit() throws Exception {
        editAlphasNotes("half-written");

        clickKey(1);
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("\u201cAlpha\u201d has changes you have not saved");
        clickOn("Keep editing");

        waitUntil(() -> app.shell().keyList().selectedProperty().get() != null
                && app.shell().keyList().selectedProperty().get().key().label().equals("Alpha"));
        assertThat(text(this, "#detail-title")).isEqualTo("Alpha");
        assertThat(notes()).isEqualTo("half-written");

        clickKey(1);
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        assertThat(lookup("Discard changes").queryButton().getStyleClass()).as("drawn red")
                .contains(dev.keyhaven.ui.common.FxDialogs.DESTRUCTIVE);
        clickOn("Discard changes");
        waitUntil(() -> text(this, "#detail-title").equals("Bravo"));
        assertThat(storedNotes("Alpha")).isEmpty();
    }

    /** Issue #15: the row clicked keeps no hover look once Keep editing closed the question away from it. */
    @Test
    void keepEditingLeavesNoHoverOnTheRowClicked() throws Exception {
        editAlphasNotes("half-written");
        Node bravo = lookup("#key-list .list-cell").nth(1).query();

        clickOn(bravo);
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        clickOn("Keep editing");
        waitUntil(() -> lookup("Discard changes").tryQuery().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(bravo.isHover()).as("Bravo's row drawn hovered with the pointer at %s, away from it",
                pointer()).isFalse();
        assertThat(text(this, "#detail-title")).isEqualTo("Alpha");
    }

    private String pointer() {
        return String.valueOf(robotContext().getBaseRobot().retrieveMouse());
    }

    @Test
    void aSavedEditLeavesWithoutAsking() throws Exception {
        editAlphasNotes("the grid bot on the VPS");
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> "the grid bot on the VPS".equals(storedNotes("Alpha")));

        clickKey(1);

        waitUntil(() -> text(this, "#detail-title").equals("Bravo"));
        assertThat(lookup("Discard changes").tryQuery()).isEmpty();
    }

    @Test
    void aSecretPastedIntoTheNewKeyFormIsNotDroppedByAddKey() throws Exception {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> lookup("#api-key").tryQuery().isPresent());
        clickOn(focus(this, "#api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b");

        clickOn("#add-key");
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("The new key has changes");
        clickOn("Keep editing");

        SecretInput apiKey = lookup("#api-key").query();
        assertThat(apiKey.field().secretLengthProperty().get()).isEqualTo(36);
        assertThat(lookup("#path-have-key").tryQuery()).as("still the form, not the choice").isEmpty();
    }
}
