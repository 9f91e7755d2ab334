package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The idle lock does not cost the trader what they typed into a new key's form: the label, purpose and API
 * key come back after unlock; the secret key is wiped by the lock, and the form says so.
 */
class LockKeepsFormUiTest extends AppUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a07";

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory).withIdleTimeout(Duration.ofSeconds(6));
    }

    private String field(String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try (Secret value = lookup(query).<SecretInput>query().secret()) {
                return value.reveal();
            }
        });
    }

    private void typeLabelKeysAndPurpose() {
        waitUntil(() -> showing(this, "#key-label"));
        interact(() -> lookup("#key-label").<TextField>query().setText("Journal export"));
        interact(() -> lookup("#purpose-read-only").<RadioButton>query().fire());
        clickOn(focus(this, "#api-key .secret-field")).write(API_KEY);
        clickOn(focus(this, "#secret-key .secret-field")).write("22582BD0CFF14C41EDBF1AB98506286D");
    }

    private void waitForIdleLockAndUnlock() {
        waitUntil(() -> showing(this, "#unlock-password"));
        assertThat(app.shell().isUnlocked()).isFalse();
        unlock();
    }

    private void assertKeptWithoutTheSecretKey() {
        waitUntil(() -> showing(this, "#key-label") && !field("#api-key").isEmpty());
        assertThat(lookup("#key-label").<TextField>query().getText()).isEqualTo("Journal export");
        assertThat(lookup("#purpose-read-only").<RadioButton>query().isSelected()).isTrue();
        assertThat(field("#api-key")).isEqualTo(API_KEY);
        assertThat(field("#secret-key")).as("a secret does not outlive the lock").isEmpty();
        assertThat(text(this, "#lock-notice"))
                .isEqualTo("The secret key was cleared when Keyhaven locked; paste it again.");
    }

    @Test
    void theFormOfAKeyTheTraderHasComesBackWithoutItsSecretKey() {
        unlock();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        typeLabelKeysAndPurpose();

        waitForIdleLockAndUnlock();
        assertKeptWithoutTheSecretKey();
    }

    @Test
    void theNewKeysFormComesBackWithItsGeneratedPassphrase() {
        unlock();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#generatePassphrase"));
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        String generated = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> app.shell().guideShown().readPassphrase(String::new));
        interact(() -> lookup("#open-new-key-form").queryButton().fire());
        typeLabelKeysAndPurpose();

        waitForIdleLockAndUnlock();
        assertKeptWithoutTheSecretKey();
        TabPane tabs = lookup("#new-key-tabs").query();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-new-credentials");
        assertThat(field("#passphrase")).isEqualTo(generated);
    }

    @Test
    void aKeptCustomAddressComesBackWithAdvancedOpen() {
        unlock();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#key-label"));
        interact(() -> {
            lookup(".advanced").<TitledPane>query().setExpanded(true);
            lookup("#base-url").<TextField>query().setText("http://127.0.0.1:45159");
        });
        typeLabelKeysAndPurpose();

        waitForIdleLockAndUnlock();
        assertKeptWithoutTheSecretKey();
        assertThat(lookup("#base-url").<TextField>query().getText()).isEqualTo("http://127.0.0.1:45159");
        assertThat(lookup(".advanced").<TitledPane>query().isExpanded()).as("Advanced shows the kept address").isTrue();
    }
}
