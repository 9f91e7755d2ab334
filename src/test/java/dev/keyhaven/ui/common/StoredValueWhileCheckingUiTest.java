package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Show pressed while the master password typed for another Show is checked ("Checking the master
 * password…") is answered by that check: the value shows after it, nothing is asked twice, nothing is lost.
 */
class StoredValueWhileCheckingUiTest extends FxTest {

    private static final String MASTER = "Correct-Horse-Battery-9";

    /** The check in the background waits here until the test lets it run: "during that second". */
    private final Queue<Runnable> checking = new ConcurrentLinkedQueue<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Path directory;
    private Vault vault;
    private SecretInput secretKey;
    private SecretInput passphrase;

    @Override
    public void start(Stage stage) throws Exception {
        directory = Files.createTempDirectory("keyhaven-stored-values");
        try (Secret password = Secret.ofString(MASTER)) {
            vault = Vault.create(directory.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        StoredValues values = new StoredValues(vault, new BackgroundWork(checking::add, Platform::runLater),
                dialogs, sentence -> { }, failure -> { });
        secretKey = input("Secret key", values, id, StoredValues.Value.SECRET_KEY);
        passphrase = input("Passphrase", values, id, StoredValues.Value.PASSPHRASE);
        stage.setScene(new Scene(new VBox(8, secretKey, passphrase), 400, 120));
        stage.show();
    }

    private static SecretInput input(String name, StoredValues values, long id, StoredValues.Value value) {
        SecretInput input = new SecretInput(name);
        input.setStoredValue((show, refused) -> values.release(id, "Grid bot", value, StoredValues.Use.SHOW, show,
                input::checkingPassword, refused));
        return input;
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    /** Lets the background work run, and the results it hands to the JavaFX thread. */
    private void finishChecking() {
        for (Runnable job = checking.poll(); job != null; job = checking.poll()) {
            job.run();
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (Runnable job = checking.poll(); job != null; job = checking.poll()) {
            job.run();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anotherFieldsShowDuringTheCheckShowsItsValueAfterItWithoutAskingAgain() {
        dialogs.typingPassword(MASTER);
        clickOn(secretKey.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(secretKey.field().getPromptText()).as("the password was given: it is checked, not awaited")
                .isEqualTo(SecretInput.CHECKING_PROMPT);

        clickOn(passphrase.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(passphrase.field().getPromptText()).as("answered by the same check")
                .isEqualTo(SecretInput.CHECKING_PROMPT);
        finishChecking();

        assertThat(dialogs.confirmations).as("the master password asked once").hasSize(1);
        assertThat(secretKey.isShowingPlaintext()).isTrue();
        assertThat(passphrase.isShowingPlaintext()).as("the second Show, answered by the same check").isTrue();
    }

    @Test
    void showPressedAgainDuringTheCheckStillShowsTheValue() {
        dialogs.typingPassword(MASTER);
        clickOn(secretKey.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(secretKey.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(secretKey.field().getPromptText()).as("still checking").isEqualTo(SecretInput.CHECKING_PROMPT);
        finishChecking();

        assertThat(secretKey.isShowingPlaintext()).as("the value shows; the second press did not cancel it").isTrue();
        assertThat(secretKey.revealToggle().getText()).isEqualTo("Hide");
    }

    @Test
    void aWrongPasswordAnswersTheShowPressedMeanwhileTooWithoutAskingAgain() {
        dialogs.typingPassword("not the master password");
        clickOn(secretKey.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(passphrase.revealToggle());
        WaitForAsyncUtils.waitForFxEvents();
        finishChecking();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(passphrase.isShowingPlaintext()).isFalse();
        assertThat(passphrase.revealToggle().getText()).isEqualTo("Show");
        assertThat(passphrase.revealedProperty().get()).as("its Show can be pressed again").isFalse();
        assertThat(passphrase.field().getPromptText()).isNotEqualTo(SecretInput.FETCHING_PROMPT)
                .isNotEqualTo(SecretInput.CHECKING_PROMPT);
    }
}
