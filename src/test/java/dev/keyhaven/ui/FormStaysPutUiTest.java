package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
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
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The credentials form's live notes (the same API key saved as another key, an unusual length) do not push
 * the fields below while the trader types: the length in the room kept for it, the same key once the field
 * is left.
 */
class FormStaysPutUiTest extends AppUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01";

    private void openEmptyForm() throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(API_KEY),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0, credentials));
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));
    }

    /** How far {@code lower} is below {@code upper} (the form scrolls to the focused field, so not the scene's y). */
    private double gap(String upper, String lower) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] y = new double[2];
        interact(() -> {
            Node top = lookup(upper).query();
            Node bottom = lookup(lower).query();
            y[0] = top.localToScene(top.getBoundsInLocal()).getMinY();
            y[1] = bottom.localToScene(bottom.getBoundsInLocal()).getMinY();
        });
        return y[1] - y[0];
    }

    @Test
    void typingAnApiKeyThatIsSavedAlreadyMovesNoFieldUntilTheFieldIsLeft() throws Exception {
        openEmptyForm();
        clickOn(focus(this, "#api-key .secret-field"));
        double secretKeyAt = gap("#api-key", "#secret-key");

        write(API_KEY);
        // The background comparison with the saved keys has answered by now.
        sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gap("#api-key", "#secret-key")).as("the secret key field while typing").isEqualTo(secretKeyAt);
        assertThat(showing(this, "#api-key-same")).isFalse();

        type(KeyCode.TAB);
        waitUntil(() -> showing(this, "#api-key-same"));
    }

    @Test
    void pastingAnApiKeyThatIsSavedAlreadyMovesNoFieldUntilTheFieldIsLeft() throws Exception {
        openEmptyForm();
        clickOn(focus(this, "#api-key .secret-field"));
        double secretKeyAt = gap("#api-key", "#secret-key");

        interact(() -> {
            try (Secret pasted = Secret.ofString(API_KEY)) {
                lookup("#api-key").queryAs(dev.keyhaven.ui.controls.SecretInput.class).setSecret(pasted);
            }
        });
        // The trader now aims at Secret key; the background comparison answers meanwhile.
        sleep(500);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gap("#api-key", "#secret-key")).as("the secret key field after a paste").isEqualTo(secretKeyAt);
        assertThat(showing(this, "#api-key-same")).isFalse();

        type(KeyCode.TAB);
        waitUntil(() -> showing(this, "#api-key-same"));
        assertThat(lookup("#secret-key .secret-field").query().isFocused()).as("the caret already in Secret key")
                .isTrue();
    }

    @Test
    void aSecretKeyOfAnUnusualLengthIsSaidWhileTypingWithoutMovingTheNextField() throws Exception {
        openEmptyForm();
        clickOn(focus(this, "#secret-key .secret-field"));
        double passphraseAt = gap("#secret-key", "#passphrase");

        write("22582BD0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing(this, "#secret-key-shape")).as("said while typing").isTrue();
        assertThat(gap("#secret-key", "#passphrase")).as("the passphrase field while typing").isEqualTo(passphraseAt);
    }

    /**
     * Walk 22: the room kept under each field was three lines whatever the width, a wide gap under a one-line
     * hint. Now it is the room the notes said while typing take, no more, and the same under each field.
     */
    @Test
    void theRoomUnderEachFieldIsWhatItsTypingNoteTakesAndTheSameForAllThreeAt900x600And1280x800() throws Exception {
        openEmptyForm();
        for (double[] size : new double[][] {{900, 600}, {1280, 800}}) {
            interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = " at " + (int) size[0] + "x" + (int) size[1];
            double apiKeyToSecretKey = gap("#api-key", "#secret-key");
            assertThat(lookup(".note-slot").queryAll().stream().map(room -> room.getLayoutBounds().getHeight()).toList())
                    .as("the room under each of the three fields alike" + at).hasSize(3).containsOnly(
                            lookup(".note-slot").query().getLayoutBounds().getHeight());
            for (String field : new String[] {"#api-key", "#secret-key", "#passphrase"}) {
                clickOn(focus(this, field + " .secret-field"));
                // Too short for each of the three: each says its shape.
                write("2258");
            }
            WaitForAsyncUtils.waitForFxEvents();
            double tallest = 0;
            for (String field : new String[] {"#api-key", "#secret-key", "#passphrase"}) {
                Node note = lookup(field + "-shape").query();
                assertThat(note.isVisible()).as(field + " says its shape while typed" + at).isTrue();
                tallest = Math.max(tallest, note.getBoundsInParent().getHeight());
            }
            Node room = lookup(".note-slot").query();
            assertThat(room.getLayoutBounds().getHeight()).as("the room kept under a field" + at)
                    .isCloseTo(tallest, org.assertj.core.data.Offset.offset(1.0));
            assertThat(gap("#api-key", "#secret-key")).as("nothing moved" + at).isEqualTo(apiKeyToSecretKey);
            for (String field : new String[] {"#api-key", "#secret-key", "#passphrase"}) {
                interact(() -> lookup(field).queryAs(dev.keyhaven.ui.controls.SecretInput.class).wipe());
            }
        }
    }
}
