package dev.keyhaven.ui;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;

/** The app on Unlock over a vault made before it started, and a way to put an archived (revoked) key in it. */
abstract class ArchivedKeyUiTest extends AppUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    /** Saves a trading key named {@code label}, archives it as revoked and shows the list again; its id. */
    long archivedKey(String label) throws Exception {
        Vault vault = app.shell().vault().orElseThrow();
        try (Credentials credentials = new Credentials(Secret.ofString("6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01"),
                Secret.ofString("22582BD0CFF14C41EDBF1AB98506286D"), Secret.ofString("Pass-phrase-1"))) {
            long id = vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record().id();
            vault.archive(id, null);
            interact(() -> app.shell().keyList().reload(vault, null));
            return id;
        }
    }
}
