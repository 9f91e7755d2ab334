package dev.keyhaven.ui;

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
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walk 22: right after unlock, and while the list is read again, the window never says the vault is empty
 * ("No keys yet", "Add your first key") before a finished read found it so. The read is held by holding the
 * vault's lock on a test thread, so "slow" is as slow as the test wants.
 */
class ListReadingUiTest extends AppUiTest {

    @Test
    void aListBeingReadSaysSoAndNeverClaimsEmptinessItHasNotRead() throws Exception {
        createVault();
        waitUntil(() -> text(this, "#key-list-empty").startsWith("No keys yet."));
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("0a1b2c3d-0000-4000-8000-00000000abcd"),
                Secret.ofString("0123456789ABCDEF0123456789ABCDEF"), Secret.ofString("Passphrase-1"))) {
            vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials));
        }

        // Just unlocked: nothing read yet.
        interact(() -> app.shell().keyList().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(this, "#key-list-empty")).isEqualTo("Opening your keys…");

        try (VaultHeld held = new VaultHeld(vault, java.time.Duration.ofSeconds(30))) {
            interact(() -> {
                app.shell().keyList().reload(vault, null);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(this, "#key-list-empty")).isEqualTo("Opening your keys…");
            assertThat(detailTexts()).doesNotContain("Add your first key", "Add a key").contains("Opening your keys…");
            assertThat(held.stillHolding()).as("the read was still waiting for the vault").isTrue();
        }
        waitUntil(() -> app.shell().keyList().items().size() == 1);
        waitUntil(() -> detailTexts().contains("Select a key"));

        // Read again with the rows gone (as a save does before its reload): "updating", never "No keys yet".
        try (VaultHeld held = new VaultHeld(vault, java.time.Duration.ofSeconds(30))) {
            interact(() -> {
                app.shell().keyList().items().clear();
                app.shell().keyList().reload(vault, null);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(this, "#key-list-empty")).isEqualTo("Updating the list…");
            assertThat(detailTexts()).doesNotContain("Add your first key");
            assertThat(held.stillHolding()).as("the read was still waiting for the vault").isTrue();
        }
        waitUntil(() -> app.shell().keyList().items().size() == 1);
    }

    private java.util.List<String> detailTexts() {
        return lookup("#empty-detail .label").queryAll().stream().map(node -> ((Labeled) node).getText()).toList();
    }
}
