package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import javafx.scene.control.TextField;

/** Add key over the API key of an archived key: the set-up the tests of that note share. */
abstract class ArchivedApiKeyUiTest extends AppUiTest {

    /** A new vault with "Alpha" archived, its history first given {@code history}; the key list shows none. */
    void archivedAlpha(String apiKey, HistoryEntry... history) throws Exception {
        createVault();
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString(apiKey),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft("Alpha", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
            for (HistoryEntry entry : history) {
                vault.recordHistory(id, entry);
            }
            vault.archive(id, null);
        }
        interact(() -> app.shell().keyList().reload(vault, null));
        waitUntil(() -> app.shell().keyList().items().isEmpty());
    }

    /** Add key, "I already have a key", label "Beta" and {@code apiKey} pasted: waits for the same-API-key note. */
    void pasteIntoANewKey(String apiKey) {
        clickWhenReady(this, "#add-key");
        clickWhenReady(this, "#path-have-key");
        waitUntil(() -> showing(this, "#api-key"));
        interact(() -> lookup("#key-label").queryAs(TextField.class).setText("Beta"));
        interact(() -> {
            try (Secret pasted = Secret.ofString(apiKey)) {
                lookup("#api-key").queryAs(SecretInput.class).setSecret(pasted);
            }
        });
        waitUntil(() -> showing(this, "#api-key-same"));
    }
}
