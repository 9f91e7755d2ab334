package dev.keyhaven.ui;

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
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A key's page builds only the tab it shows (issue #15: building and styling all three in the pulse after
 * the click held the JavaFX thread for seconds on a loaded machine); the others are built when first opened.
 */
class KeyPageTabsWhenShownUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault created = Vault.create(vault, password, VaultOptions.forTests());
                Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a07"),
                        Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            created.add(new KeyDraft("Gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials));
        }
        return super.config(vault, configDirectory);
    }

    @Test
    void onlyTheShownTabIsBuiltAndAnotherIsBuiltRightWhenOpened() {
        unlock();
        waitUntil(() -> app.shell().keyList().items().size() == 1 && showing(this, "#key-list .key-label"));
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(lookup("#key-list .key-label").match(node -> "Gridbot".equals(((Label) node).getText()))
                .<Node>query());
        waitUntil(() -> showing(this, "#key-tabs"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tab(1).isSelected()).as("a key opens on Credentials").isTrue();
        assertThat(tab(1).getContent()).isNotNull();
        assertThat(lookup("#key-label").tryQuery()).isPresent();
        assertThat(tab(0).getContent()).as("the Guide is built only when opened").isNull();
        assertThat(tab(2).getContent()).as("the Status is built only when opened").isNull();

        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#check-now"));
        assertThat(tab(2).getContent()).isNotNull();
        assertThat(text(this, "#status-summary")).isNotBlank();
        assertThat(tab(0).getContent()).isNull();

        clickOn("#tab-guide");
        waitUntil(() -> showing(this, "#progressLabel"));
        assertThat(text(this, "#progressLabel")).isNotBlank();

        clickOn("#tab-credentials");
        waitUntil(() -> showing(this, "#key-label"));
        assertThat(text(this, "#detail-title")).isEqualTo("Gridbot");
    }

    private Tab tab(int index) {
        return lookup("#key-tabs").<TabPane>query().getTabs().get(index);
    }
}
