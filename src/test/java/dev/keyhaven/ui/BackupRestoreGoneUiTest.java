package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Settings' Restore keeps what OKX said after the backup was made (issue #15): the key OKX deleted since is
 * told deleted on OKX in the restored vault, not fine with an inactivity estimate.
 */
class BackupRestoreGoneUiTest extends AppUiTest {

    private final FakeOkxServer okx = FakeOkxServer.start();

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    @AfterEach
    void closeDown() {
        okx.close();
    }

    private Vault vault() {
        return app.shell().vault().orElseThrow();
    }

    private void show(long id) {
        interact(() -> app.shell().keyList().reload(vault(), id));
        waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
        clickWhenReady(this, "#tab-status");
    }

    private void checkNow(String until) {
        clickWhenReady(this, "#check-now");
        waitUntil(() -> text(this, "#status-next-step").contains(until) || text(this, "#status-summary").contains(until));
    }

    private Button dialogButton(String label) {
        return lookup(".dialog-pane .button").queryAll().stream().map(Button.class::cast)
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theRestoredVaultSaysTheKeyWasDeletedOnOkx() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long id;
        try (Credentials credentials = new Credentials(Secret.ofString(onOkx.apiKey()),
                Secret.ofString(onOkx.secretKey()), Secret.ofString(onOkx.passphrase()))) {
            id = vault().add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    okx.baseUrl(), "", 0, credentials)).record().id();
        }
        show(id);
        checkNow("Works");
        vault().backups().now("by hand");
        okx.remove(onOkx);
        checkNow("Nothing is left to delete on OKX");

        clickWhenReady(this, "#open-settings");
        waitUntil(() -> showing(this, "#backup-list"));
        interact(() -> lookup("#backup-list").queryAs(ListView.class).getSelectionModel().select(0));
        waitUntil(() -> !lookup("#restore-backup").queryAs(Button.class).isDisabled());
        javafx.application.Platform.runLater(() -> lookup("#restore-backup").queryAs(Button.class).fire());
        waitUntil(() -> lookup("Restore and lock").tryQuery().isPresent());
        interact(() -> dialogButton("Restore and lock").fire());
        waitUntil(() -> showing(this, "#unlock-notice")
                && text(this, "#unlock-notice").startsWith("Restored the backup from"));
        assertThat(text(this, "#unlock-notice"))
                .contains("OKX said since that it no longer knows Grid bot: the restored vault says so.");

        unlock();
        show(id);
        waitUntil(() -> text(this, "#status-next-step").contains("Nothing is left to delete on OKX"));
        assertThat(text(this, "#status-summary") + text(this, "#status-next-step")).doesNotContain("may delete it");
    }
}
