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
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Esc leaves a page with typed input only after the unsaved-changes question, on every page that has
 * such input (the guided new key's form, the rotation); and "keep editing" gives the focus back to the
 * control of the form that had it, so that Ctrl+S saves at once.
 */
class LeaveQuestionUiTest extends AppUiTest {

    private void storedKeys(String... labels) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        for (String label : labels) {
            try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0" + label.length()),
                    Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
                vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
            }
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == labels.length);
    }

    private Node focusOwner() {
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner();
    }

    private boolean asking() {
        return lookup("Discard changes").tryQuery().isPresent();
    }

    /** The question's Keep editing (the page has a Cancel button of its own, which discards). */
    private void keepEditing() {
        clickOn(from(lookup(".dialog-pane").<Node>query())
                .lookup((javafx.scene.control.Button button) -> "Keep editing".equals(button.getText())).<Node>query());
    }

    /** Add key, the guided path, and the credentials form the guide fills (opened from its tab). */
    private void guidedNewKeyForm() {
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        clickOn("#tab-new-credentials");
        clickWhenReady(this, "#open-new-key-form");
        waitUntil(() -> showing(this, "#key-label") && showing(this, "#notes"));
    }

    @Test
    void escOnTheGuidedNewKeyFormAsksAndKeepEditingKeepsTheTypedText() {
        createVault();
        guidedNewKeyForm();
        clickOn(focus(this, "#notes")).write("for the grid bot");

        push(KeyCode.ESCAPE);
        waitUntil(this::asking);
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("The new key has changes");
        keepEditing();
        waitUntil(() -> !asking());

        assertThat(showing(this, "#new-key-tabs")).as("still the new key's page").isTrue();
        assertThat(lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("for the grid bot");
        assertThat(focusOwner()).as("the focus back where it was").isSameAs(lookup("#notes").query());

        push(KeyCode.ESCAPE);
        waitUntil(this::asking);
        clickOn("Discard changes");
        waitUntil(() -> !showing(this, "#new-key-tabs"));
    }

    @Test
    void escOnTheGuidedNewKeyFormWithNothingTypedLeavesWithoutAsking() {
        createVault();
        guidedNewKeyForm();
        focus(this, "#notes");

        push(KeyCode.ESCAPE);

        waitUntil(() -> !showing(this, "#new-key-tabs"));
        assertThat(asking()).isFalse();
    }

    @Test
    void escOnTheRotationWithAValueTypedAsks() throws Exception {
        createVault();
        storedKeys("Alpha");
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));
        interact(() -> lookup("#rotate-key").queryAs(ButtonBase.class).fire());
        waitUntil(() -> showing(this, "#rotate-view"));
        clickOn(focus(this, "#new-api-key .secret-field")).write("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b");

        push(KeyCode.ESCAPE);
        waitUntil(this::asking);
        // Walk 24: "choose Cancel" was ambiguous, the rotate page's own Cancel discards.
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .endsWith("Discard them, or choose Keep editing and press Replace the key.").doesNotContain("Cancel");
        assertThat(from(lookup(".dialog-pane").<Node>query()).lookup(".button").queryAllAs(ButtonBase.class))
                .extracting(ButtonBase::getText).containsExactlyInAnyOrder("Keep editing", "Discard changes");
        keepEditing();
        waitUntil(() -> !asking());

        assertThat(showing(this, "#rotate-view")).as("still the rotation").isTrue();
        assertThat(focusOwner()).isSameAs(lookup("#new-api-key .secret-field").query());
        push(KeyCode.ESCAPE);
        waitUntil(this::asking);
        clickOn("Discard changes");
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
        // Walk 21 (92): the page itself held the focus, which no control shows.
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).as("a control of the key's page holds the focus, where it shows")
                .isInstanceOf(javafx.scene.control.Control.class)
                .matches(javafx.scene.Node::isFocusTraversable, "reached by Tab");
    }

    @Test
    void keepEditingAfterAClickInTheKeyListGivesTheFocusBackSoCtrlSSaves() throws Exception {
        createVault();
        storedKeys("Alpha", "Bravo");
        clickOn(lookup("#key-list .list-cell").nth(0).<Node>query());
        waitUntil(() -> showing(this, "#key-tabs") && text(this, "#detail-title").equals("Alpha"));
        clickOn("#tab-credentials");
        clickOn(focus(this, "#notes")).write("on the VPS");

        clickOn(lookup("#key-list .list-cell").nth(1).<Node>query());
        waitUntil(this::asking);
        keepEditing();
        waitUntil(() -> !asking() && text(this, "#detail-title").equals("Alpha"));

        assertThat(focusOwner()).as("the focus back in the form").isSameAs(lookup("#notes").query());
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> {
            try {
                return "on the VPS".equals(app.shell().vault().orElseThrow().keyByLabel("Alpha").orElseThrow().notes());
            } catch (dev.keyhaven.vault.VaultException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void keepEditingAfterTheToolbarGivesTheFocusBackToo() throws Exception {
        createVault();
        storedKeys("Alpha");
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().items().get(0)));
        waitUntil(() -> showing(this, "#key-tabs"));
        clickOn("#tab-credentials");
        clickOn(focus(this, "#key-label")).write(" renamed");

        clickOn("#open-settings");
        waitUntil(this::asking);
        keepEditing();
        waitUntil(() -> !asking());

        assertThat(showing(this, "#key-tabs")).as("still the key's page").isTrue();
        assertThat(focusOwner()).isSameAs(lookup("#key-label").query());
    }
}
