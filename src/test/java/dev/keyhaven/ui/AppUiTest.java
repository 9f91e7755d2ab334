package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;

import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A test that drives the whole desktop app in its window, on a vault in a fresh temporary folder. */
abstract class AppUiTest extends FxTest {

    static final String MASTER = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    KeyhavenApp app;
    Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        app = newApp();
        app.start(stage);
    }

    /**
     * The app on {@link #config}, whose checks never leave this computer: a key saved without a base URL
     * would otherwise send its check to OKX itself.
     */
    KeyhavenApp newApp() throws Exception {
        return new KeyhavenApp(config(vaultFile(), folder.resolve("config")).withOkxClients(AppUiTest::loopbackOkx));
    }

    static OkxClient loopbackOkx() {
        return OkxClient.builder().loopbackOnly().build();
    }

    /** The app's configuration: test-strength key derivation and the real clock, unless a test says otherwise. */
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        return new AppConfig(vault, configDirectory, VaultOptions.forTests(), Clock.systemUTC());
    }

    Path vaultFile() {
        return folder.resolve("vault.keyhaven");
    }

    /** Makes the vault before the app starts (call it from {@link #config}), so the app opens on Unlock. */
    void vaultExists() throws VaultException {
        try (Secret password = Secret.ofString(MASTER)) {
            Vault.create(vaultFile(), password, VaultOptions.forTests()).close();
        }
    }

    @AfterEach
    void hideWindow() throws Exception {
        FxToolkit.hideStage();
    }

    /** First run: the master password twice, then the empty main window. */
    void createVault() {
        clickOn("#new-password .secret-field").write(MASTER);
        clickOn("#repeat-password .secret-field").write(MASTER);
        clickOn("#create-vault");
        waitUntil(() -> showing(this, "#main-screen"));
    }

    /** Later runs: the master password and Unlock, then the main window. */
    void unlock() {
        clickOn("#unlock-password .secret-field").write(MASTER);
        clickOn("#unlock");
        waitUntil(() -> showing(this, "#main-screen"));
    }
}
