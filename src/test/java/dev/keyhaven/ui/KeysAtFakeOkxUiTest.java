package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.focus;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.AfterEach;

/**
 * Keys stored at a local server that plays OKX, and the steps to check one and wait for its verdict: what the
 * Status page's and Check all's tests share.
 */
abstract class KeysAtFakeOkxUiTest extends AppUiTest {

    final FakeOkxServer okx = FakeOkxServer.start();

    @AfterEach
    void closeDown() {
        okx.close();
    }

    void addKeyThroughTheForm(String label, FakeKey key) {
        clickOn("#add-key");
        clickOn("#path-have-key");
        clickOn(focus(this, "#key-label")).write(label);
        interact(() -> lookup(".advanced").queryAs(TitledPane.class).setExpanded(true));
        clickOn(focus(this, "#base-url")).write(okx.baseUrl());
        clickOn(focus(this, "#api-key .secret-field")).write(key.apiKey());
        clickOn(focus(this, "#secret-key .secret-field")).write(key.secretKey());
        clickOn(focus(this, "#passphrase .secret-field")).write(key.passphrase());
        clickOn(focus(this, "#save-key"));
        waitUntil(() -> app.shell().keyList().find(idOf(label)).isPresent());
    }

    long idOf(String label) {
        try {
            return vault().keyByLabel(label).map(record -> record.id()).orElse(-1L);
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    /** Stores a key as the form would, without typing it (StatusVerdictUiTest covers the form). */
    long storeKey(String label, FakeKey key, String passphrase) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(passphrase))) {
            long id = vault().add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), null));
            waitUntil(() -> app.shell().keyList().find(id).isPresent());
            return id;
        }
    }

    long storeKey(String label, FakeKey key) throws Exception {
        return storeKey(label, key, key.passphrase());
    }

    /** A new vault with one key stored, its Status page open. */
    long storedOnItsPage(String label, FakeKey key, String passphrase) throws Exception {
        createVault();
        long id = storeKey(label, key, passphrase);
        showStatusOf(id);
        return id;
    }

    void showStatusOf(long id) {
        interact(() -> app.shell().keyList().selectedProperty().set(app.shell().keyList().find(id).orElseThrow()));
        clickOn("#tab-status");
        waitUntil(() -> showing(this, "#status-verdict"));
    }

    void checkNow() {
        clickOn("#check-now");
        // The key list's mark changes after the check, which rebuilds the page: wait for the new one.
        waitUntil(() -> lookup("#check-now").tryQuery().map(button -> !button.isDisabled()).orElse(false)
                && lookup("#status-verdict").tryQuery().map(verdict -> !((Label) verdict).getText().equals("Never checked"))
                        .orElse(false));
    }

    dev.keyhaven.vault.KeyRecord stored(long id) {
        try {
            return vault().key(id).orElseThrow();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    /** What 'keyhaven check' does while the app is unlocked: a shared opening records the check. */
    void commandChecks(long id) throws Exception {
        try (Secret password = Secret.ofString(MASTER);
                Vault command = Vault.openShared(vaultFile(), password, VaultOptions.forTests());
                KeyChecker checker = new KeyChecker(OkxClient.create())) {
            assertThat(new KeyService(checker).check(command, id).ok()).isTrue();
        }
    }

    /** Every path answers with a proxy's error page, as when OKX is down behind its CDN. */
    void okxDown() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    void checkNowUntil(String verdict) {
        // A finished check leaves the panel scrolled down (focus leaves the disabled button): scroll back up.
        interact(() -> lookup("#status-view").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        clickOn("#check-now");
        waitUntil(() -> lookup("#check-now").tryQuery().map(button -> !button.isDisabled()).orElse(false)
                && lookup("#status-verdict").tryQuery().map(shown -> ((Label) shown).getText().equals(verdict))
                        .orElse(false));
    }

    long checksOf(long id) {
        try {
            return vault().history(id).stream()
                    .filter(entry -> entry.kind() == dev.keyhaven.vault.HistoryEntry.Kind.CHECK).count();
        } catch (dev.keyhaven.vault.VaultException e) {
            throw new AssertionError(e);
        }
    }

    /** How many Labels shown in the Status panel (not its history table) contain {@code words}. */
    long panelLabelsSaying(String words) {
        return from(lookup("#status-view").queryAs(Node.class)).lookup((Node node) -> node instanceof Label label
                && label.isVisible() && label.isManaged() && label.getText() != null
                && label.getText().contains(words)).queryAll().size();
    }
}
