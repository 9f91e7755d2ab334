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
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** After a real unlock, one click on a key in the list opens its page (walk 21: the first click only focused the list). */
class FirstClickAfterUnlockUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault created = Vault.create(vault, password, VaultOptions.forTests())) {
            for (String label : new String[] {"Gridbot", "Danger"}) {
                try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0"
                        + label.length()), Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"),
                        Secret.ofString("Pass-phrase-1"))) {
                    created.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                            credentials));
                }
            }
        }
        return super.config(vault, configDirectory);
    }

    @Test
    void oneClickOnAKeyOpensItAfterUnlock() {
        unlock();
        waitUntil(() -> app.shell().keyList().items().size() == 2 && showing(this, "#key-list .key-label"));
        WaitForAsyncUtils.waitForFxEvents();

        clickOn(lookup("#key-list .key-label").match(node -> "Danger".equals(((javafx.scene.control.Label) node)
                .getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> showing(this, "#key-tabs"));
        assertThat(text(this, "#detail-title")).isEqualTo("Danger");
    }
}
