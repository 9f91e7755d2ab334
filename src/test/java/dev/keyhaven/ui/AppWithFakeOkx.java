package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;

/** The app over an existing vault, with a local server that plays OKX and the addresses it was asked to open. */
abstract class AppWithFakeOkx extends AppUiTest {

    final FakeOkxServer okx = FakeOkxServer.start();
    final List<String> opened = new CopyOnWriteArrayList<>();

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @Override
    public void start(Stage stage) throws Exception {
        super.start(stage);
        app.shell().setUrlOpener(opened::add);
    }

    @AfterEach
    void closeDown() {
        okx.close();
    }

    Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    KeyRecord stored(long id) {
        try {
            return vault().key(id).orElseThrow();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    /** Saves {@code key} as a live key at the fake OKX and waits until its page shows; its id. */
    long storeKey(String label, Purpose purpose, Region region, FakeKey key) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            long id = vault().add(new KeyDraft(label, purpose, Environment.LIVE, region, okx.baseUrl(), "", 0,
                    credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), id));
            waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
            return id;
        }
    }
}
