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
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.nio.file.Path;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A key OKX no longer knows is put away by its own route, without the leak story (issue #15, walk20 §5): the
 * next step says it was deleted on OKX, More offers "Archive it: OKX no longer knows it…", the question says
 * what happens and how to undo it, and the archive card says why.
 */
class ArchiveGoneKeyUiTest extends AppUiTest {

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

    private long storeKey(FakeKey key) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()), Secret.ofString(key.secretKey()),
                Secret.ofString(key.passphrase()))) {
            long id = vault().add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    okx.baseUrl(), "", 0, credentials)).record().id();
            interact(() -> app.shell().keyList().reload(vault(), id));
            waitUntil(() -> app.shell().keyList().find(id).isPresent() && showing(this, "#key-tabs"));
            return id;
        }
    }

    private boolean archived(long id) {
        try {
            return vault().key(id).orElseThrow().archived();
        } catch (VaultException e) {
            throw new AssertionError(e);
        }
    }

    private MenuItem archiveGoneItem() {
        return lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "key-archive-gone".equals(item.getId())).findFirst().orElseThrow();
    }

    private MenuItem leakedItem() {
        return lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> "key-leaked".equals(item.getId())).findFirst().orElseThrow();
    }

    private void checkNow(String until) {
        clickWhenReady(this, "#check-now");
        waitUntil(() -> text(this, "#status-next-step").contains(until) || text(this, "#status-summary").contains(until));
    }

    @Test
    void aKeyOkxDeletedIsArchivedWithoutTheLeakStoryAndItsCardSaysWhy() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long id = storeKey(onOkx);
        clickWhenReady(this, "#tab-status");
        checkNow("Works");
        clickWhenReady(this, "#key-more");
        waitUntil(() -> showing(this, "#key-leaked"));
        assertThat(archiveGoneItem().isVisible()).as("offered for a key OKX knows").isFalse();
        type(javafx.scene.input.KeyCode.ESCAPE);

        okx.remove(onOkx);
        checkNow("Nothing is left to delete on OKX");
        assertThat(text(this, "#status-next-step")).contains("Archive it: OKX no longer knows it")
                .doesNotContain("Copy the API key again");
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::unknownOnOkx).orElse(false));

        clickWhenReady(this, "#key-more");
        waitUntil(() -> showing(this, "#key-archive-gone"));
        assertThat(leakedItem().isVisible()).as("the leak story, for a key OKX no longer knows").isFalse();
        clickOn("#key-archive-gone");
        waitUntil(() -> lookup("Archive key").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("it no longer knows this key").contains("nothing is left to delete there")
                .contains("restore it from Archived keys").doesNotContain("leak");
        assertThat(lookup("Archive key").queryButton().getStyleClass()).as("drawn red")
                .contains(dev.keyhaven.ui.common.FxDialogs.DESTRUCTIVE);
        clickOn("Archive key");
        waitUntil(() -> archived(id));

        clickWhenReady(this, "#show-archived");
        waitUntil(() -> showing(this, "#archived-fate-" + id));
        assertThat(text(this, "#archived-fate-" + id)).startsWith("Archived: OKX no longer knew this key on ")
                .doesNotContain("Revoked");
    }

    /** Opening More never waits for the vault on the JavaFX thread: the list's last read says whether OKX knows the key. */
    @Test
    void moreOpensWhileTheVaultIsBusyElsewhere() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long id = storeKey(onOkx);
        clickWhenReady(this, "#tab-status");
        checkNow("Works");
        okx.remove(onOkx);
        checkNow("Nothing is left to delete on OKX");
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::unknownOnOkx).orElse(false));

        try (VaultHeld held = new VaultHeld(vault(), java.time.Duration.ofSeconds(5))) {
            interact(() -> lookup("#key-more").queryAs(MenuButton.class).show());
            assertThat(held.stillHolding()).as("the menu opened while another thread still held the vault").isTrue();
            assertThat(archiveGoneItem().isVisible()).isTrue();
            assertThat(leakedItem().isVisible()).isFalse();
        }
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).hide());
    }
}
