package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.controls.SecretInput;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import org.testfx.util.WaitForAsyncUtils;

/** What the rotation's tests do on the way: a stored key, its rotation page, the values on it. */
final class RotationPages {

    private RotationPages() {
    }

    /** Stores one key and opens its rotation page. */
    static void rotateAStoredKey(AppUiTest test) throws Exception {
        Vault vault = test.app.shell().vault().orElseThrow();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            id = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
        }
        test.interact(() -> test.app.shell().keyList().reload(vault, id));
        waitUntil(() -> test.app.shell().keyList().find(id).isPresent() && showing(test, "#key-tabs"));
        clickWhenReady(test, "#rotate-key");
        waitUntil(() -> showing(test, "#rotate-view") && showing(test, "#generatePassphrase"));
    }

    /** What the rotation's field {@code query} (a SecretInput) holds. */
    static String value(AppUiTest test, String query) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            try (Secret value = test.lookup(query).queryAs(SecretInput.class).secret()) {
                return value.reveal();
            }
        });
    }

    /** The passphrase the page's guide generated. */
    static String generated(AppUiTest test) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> test.app.shell().guideShown().readPassphrase(String::new));
    }
}
