package dev.keyhaven.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class SecretFieldUiTest extends ApplicationTest {

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
        assertThat(input.isShowingPlaintext()).isTrue();
        assertThat(input.field().getText()).doesNotContain("shown");
        assertThat(input.field().isEditable()).isFalse();
        interact(input::wipe);
        assertThat(input.isShowingPlaintext()).isFalse();
        assertThat(input.field().getText()).isEmpty();
        assertThat(input.field().secretLengthProperty().get()).isZero();
    }
}
