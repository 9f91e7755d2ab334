package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.ui.keylist.KeyListItem;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * Right after a check on a key's page, while the key list is still being read again, the page's header mark and
 * its More menu already follow the check's answer, never the list's older item (first23, "More menu stale
 * items"). The list's read is held by holding the vault's lock from the moment the check's verdict shows.
 */
class KeyPageNewestAnswerUiTest extends KeysAtFakeOkxUiTest {

    @Test
    void moreAndTheMarkFollowTheCheckJustMadeWhileTheListIsReadAgain() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Grid bot", onOkx, onOkx.passphrase());
        checkNowUntil(KeyVerdict.WORKS.text());
        waitUntil(() -> app.shell().keyList().find(id).map(item -> item.status() == KeyVerdict.WORKS).orElse(false));
        okx.remove(onOkx);

        AtomicReference<VaultHeld> held = new AtomicReference<>();
        // The panel draws each report's verdict as a new label in the same line.
        ObservableList<Node> verdictLine = ((Pane) lookup("#status-verdict").queryAs(Label.class).getParent())
                .getChildren();
        // Runs on the JavaFX thread as the check's report shows, before the page asks the list to read again.
        ListChangeListener<Node> holdTheListsRead = change -> {
            boolean rejected = verdictLine.stream().anyMatch(node -> node instanceof Label label
                    && KeyVerdict.REJECTED.text().equals(label.getText()));
            if (rejected && held.get() == null) {
                try {
                    held.set(new VaultHeld(vault(), Duration.ofSeconds(20)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        interact(() -> verdictLine.addListener(holdTheListsRead));
        try {
            clickOn("#check-now");
            waitUntil(() -> held.get() != null);
            interact(() -> lookup("#key-more").queryAs(MenuButton.class).show());

            assertThat(held.get().stillHolding()).as("the list's read was still waiting for the vault").isTrue();
            assertThat(app.shell().keyList().find(id).map(KeyListItem::unknownOnOkx))
                    .as("the list still holds the item from before the check").contains(false);
            assertThat(item("key-archive-gone").isVisible()).as("Archive it, offered at once").isTrue();
            assertThat(item("key-leaked").isVisible()).as("the leak story, for a key OKX no longer knows").isFalse();
            assertThat(lookup(".detail-header .status-mark").queryAs(Label.class).getText())
                    .isEqualTo(KeyVerdict.REJECTED.text());
            interact(() -> lookup("#key-more").queryAs(MenuButton.class).hide());
        } finally {
            interact(() -> verdictLine.removeListener(holdTheListsRead));
            if (held.get() != null) {
                held.get().close();
            }
        }
        waitUntil(() -> app.shell().keyList().find(id).map(KeyListItem::unknownOnOkx).orElse(false));
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).show());
        assertThat(item("key-archive-gone").isVisible()).as("still offered once the list caught up").isTrue();
        interact(() -> lookup("#key-more").queryAs(MenuButton.class).hide());
    }

    private MenuItem item(String id) {
        return lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
