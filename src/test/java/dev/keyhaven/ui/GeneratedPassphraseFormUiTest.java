package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guided Add key's credentials form follows the guide's passphrase: opened before one was generated, it
 * gets the one generated later, and a regenerated one after that, going back and forth between the tabs;
 * and its hint says Keyhaven generated it, not that the trader typed it.
 */
class GeneratedPassphraseFormUiTest extends AppUiTest {

    private String formPassphrase() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try (Secret value = lookup("#passphrase").<SecretInput>query().secret()) {
                return value.reveal();
            }
        });
    }

    private String generated() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> app.shell().guideShown().readPassphrase(String::new));
    }

    private void showTab(String id) {
        interact(() -> {
            TabPane tabs = lookup("#new-key-tabs").query();
            tabs.getTabs().stream().filter(tab -> id.equals(tab.getId())).findFirst()
                    .ifPresent(tab -> tabs.getSelectionModel().select(tab));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void generate() {
        interact(() -> lookup("#generatePassphrase").queryButton().fire());
        waitUntil(() -> app.shell().guideShown().passphraseReadyProperty().get());
    }

    @Test
    void aFormOpenedBeforeThePassphraseGetsEachOneGeneratedLater() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-guided");
        waitUntil(() -> showing(this, "#new-key-tabs"));
        showTab("tab-new-credentials");
        interact(() -> lookup("#open-new-key-form").queryButton().fire());
        waitUntil(() -> showing(this, "#passphrase"));
        assertThat(formPassphrase()).as("nothing generated yet").isEmpty();
        assertThat(text(this, "#passphrase-hint")).contains("you typed");

        showTab("tab-new-guide");
        generate();
        String first = generated();
        showTab("tab-new-credentials");
        assertThat(formPassphrase()).isEqualTo(first);
        assertThat(text(this, "#passphrase-hint")).startsWith("Keyhaven generated it in the guide")
                .doesNotContain("you typed when");

        showTab("tab-new-guide");
        generate();
        waitUntil(() -> !generated().equals(first));
        String second = generated();
        showTab("tab-new-credentials");
        assertThat(formPassphrase()).as("the regenerated passphrase, not the first").isEqualTo(second);
    }

    @Test
    void theFormOfAKeyTheTraderHasSaysThePassphraseWasTyped() {
        createVault();
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#passphrase"));
        assertThat(text(this, "#passphrase-hint")).isEqualTo("The passphrase you typed when you created the key on OKX.");
    }
}
