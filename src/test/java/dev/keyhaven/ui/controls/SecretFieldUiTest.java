package dev.keyhaven.ui.controls;

import dev.keyhaven.ui.FxTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class SecretFieldUiTest extends FxTest {

    private SecretInput input;

    @Override
    public void start(Stage stage) {
        input = new SecretInput("Secret key");
        stage.setScene(new Scene(new VBox(input), 400, 100));
        stage.show();
    }

    @Test
    void typedCharactersAreKeptOutOfTheTextProperty() {
        clickOn(input.field()).write("Ab3$xyz");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.field().getText()).isEqualTo("\u2022".repeat(7)).doesNotContain("Ab3");
        try (Secret secret = input.secret()) {
            assertThat(secret.reveal()).isEqualTo("Ab3$xyz");
        }
    }

    @Test
    void editingInTheMiddleAndDeletingKeepTheSecretInStep() {
        clickOn(input.field()).write("abcdef");
        type(KeyCode.LEFT, 2);
        type(KeyCode.BACK_SPACE);
        write("X");
        WaitForAsyncUtils.waitForFxEvents();
        try (Secret secret = input.secret()) {
            assertThat(secret.reveal()).isEqualTo("abcXef");
        }
        assertThat(input.field().getText()).hasSize(6);
    }

    @Test
    void pasteComesInButCopyAndCutDoNotGoOut() {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("  pasted-secret  ");
            Clipboard.getSystemClipboard().setContent(content);
        });
        clickOn(input.field());
        interact(() -> input.field().paste());
        try (Secret secret = input.secret()) {
            assertThat(secret.reveal()).isEqualTo("  pasted-secret  ");
        }
        interact(() -> {
            Clipboard.getSystemClipboard().clear();
            input.field().selectAll();
            input.field().copy();
            input.field().cut();
        });
        interact(() -> assertThat(Clipboard.getSystemClipboard().hasString()).isFalse());
        try (Secret secret = input.secret()) {
            assertThat(secret.length()).isEqualTo(17);
        }
    }

    @Test
    void revealDrawsWithoutChangingTheFieldAndWipeEmptiesIt() {
        interact(() -> input.setSecret(Secret.ofString("shown-secret")));
        assertThat(input.isShowingPlaintext()).isFalse();
        clickOn(input.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.isShowingPlaintext()).isTrue();
        assertThat(input.field().getText()).doesNotContain("shown");
        assertThat(input.field().isEditable()).isFalse();
        interact(input::wipe);
        assertThat(input.isShowingPlaintext()).isFalse();
        assertThat(input.field().getText()).isEmpty();
        assertThat(input.field().secretLengthProperty().get()).isZero();
    }

    @Test
    void aRevealedValueIsDrawnOncePerChangeNotOncePerPropertyOrPulse() {
        interact(() -> input.setSecret(Secret.ofString("shown-secret")));
        clickOn(input.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        int afterReveal = input.revealDrawCount();
        // One draw, and a second one when the toggle's new label ("Hide") changes the field's width.
        assertThat(afterReveal).isBetween(1, 2);

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.revealDrawCount()).as("nothing changed, nothing drawn").isEqualTo(afterReveal);

        interact(() -> {
            input.field().setPrefHeight(60);
            input.getScene().getWindow().setWidth(500);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.revealDrawCount()).as("width and height changed in one layout pass")
                .isEqualTo(afterReveal + 1);

        clickOn(input.revealToggle());
        interact(() -> input.setSecret(Secret.ofString("changed-while-hidden")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.isShowingPlaintext()).isFalse();
        assertThat(input.revealDrawCount()).as("a hidden value is never drawn").isEqualTo(afterReveal + 1);
    }

    @Test
    void aRevealedValueHidesItselfAfterTenSecondsOrTheTimeSet() throws Exception {
        assertThat(input.autoHideAfter()).isEqualTo(Duration.ofSeconds(10));
        interact(() -> {
            input.setAutoHideAfter(Duration.ofMillis(300));
            input.setSecret(Secret.ofString("shown-secret"));
        });
        clickOn(input.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.isShowingPlaintext()).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !input.revealedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(input.isShowingPlaintext()).isFalse();
        assertThat(input.revealToggle().getText()).isEqualTo("Show");
        assertThat(input.field().isEditable()).isTrue();
    }
}
