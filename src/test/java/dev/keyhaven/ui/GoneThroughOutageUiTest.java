package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.clickWhenReady;
import static dev.keyhaven.ui.UiTestSupport.showing;
import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.vault.GoneOnOkx;
import java.nio.file.Path;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, walk23 findings 1 and 10: a check during an outage never makes a key OKX deleted look alive again.
 * The list, the status and More keep saying OKX no longer knows it, as of the refusal, until OKX accepts it
 * again; and a check that could not ask OKX is drawn as a could-not-check, never as a red "Error:" of the key.
 */
class GoneThroughOutageUiTest extends KeysAtFakeOkxUiTest {

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    /** Stores {@code key} as "Copy bot" and opens its page. */
    private long storeKey(FakeKey key) throws Exception {
        long id = storeKey("Copy bot", key);
        interact(() -> app.shell().keyList().reload(vault(), id));
        waitUntil(() -> showing(this, "#key-tabs"));
        return id;
    }

    private void outage() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    private MenuItem moreItem(String id) {
        return lookup("#key-more").queryAs(MenuButton.class).getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private void checkNow(String until) {
        clickWhenReady(this, "#check-now");
        waitUntil(() -> text(this, "#status-next-step").contains(until) || text(this, "#status-summary").contains(until));
    }

    private KeyListItem listed(long id) {
        return app.shell().keyList().find(id).orElseThrow();
    }

    @Test
    void aKeyOkxDeletedStaysGoneThroughAnOutageAndWorksOnceOkxAcceptsItAgain() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long id = storeKey(onOkx);
        clickWhenReady(this, "#tab-status");
        checkNow("Works");
        okx.remove(onOkx);
        checkNow("Nothing is left to delete on OKX");
        String refusedAt = KeyStatus.moment(GoneOnOkx.saidAt(vault().history(id)).orElseThrow(), ZoneOffset.UTC);

        outage();
        checkNow("the newest check could not ask OKX again");

        assertThat(text(this, "#status-verdict")).isEqualTo(KeyVerdict.REJECTED.text());
        assertThat(text(this, "#status-summary")).contains("OKX no longer knows this API key")
                .contains("OKX said so on " + refusedAt + ";").doesNotContain("Last known as of");
        assertThat(text(this, "#status-checked-at")).as("the newest check is still told as it ended")
                .startsWith("Check failed ");
        waitUntil(() -> listed(id).status() == KeyVerdict.REJECTED && listed(id).unknownOnOkx());
        clickWhenReady(this, "#key-more");
        waitUntil(() -> showing(this, "#key-archive-gone"));
        assertThat(moreItem("key-leaked").isVisible()).as("the leak story, for a key OKX no longer knows").isFalse();
        clickOn("#key-archive-gone");
        waitUntil(() -> lookup("Keep it").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .as("the refusal's time, not the outage's").contains("OKX said on " + refusedAt + " that");
        clickOn("Keep it");

        okx.clearFaults();
        okx.add(onOkx);
        checkNow("Works");
        waitUntil(() -> listed(id).status() == KeyVerdict.WORKS && !listed(id).unknownOnOkx());
        clickWhenReady(this, "#key-more");
        waitUntil(() -> showing(this, "#key-leaked"));
        assertThat(moreItem("key-archive-gone").isVisible()).isFalse();
        type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void aCheckThatCouldNotAskOkxIsNoRedErrorOfTheKey() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        storeKey(onOkx);
        clickWhenReady(this, "#tab-status");
        checkNow("Works");

        outage();
        checkNow("Last known as of");

        assertThat(text(this, "#status-verdict")).isEqualTo(KeyVerdict.COULD_NOT_CHECK.text());
        waitUntil(() -> lookup("#problem-EXCHANGE_UNAVAILABLE .problem-message").tryQuery().isPresent());
        Label message = lookup("#problem-EXCHANGE_UNAVAILABLE .problem-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Could not check: ").doesNotContain("Error")
                .endsWith("That says nothing against the key: it may still work.");
        assertThat(message.getStyleClass()).contains("problem-not-asked").doesNotContain("severity-error");
    }

    /** Issue #15: the balances name the time they are as of, and after an outage are marked older, never current. */
    @Test
    void theBalancesSayWhenTheyWereReadAndAreMarkedOlderAfterAnOutage() throws Exception {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        unlock();
        long id = storeKey(onOkx);
        clickWhenReady(this, "#tab-status");
        checkNow("Works");
        String readAt = KeyStatus.moment(vault().history(id).stream().map(entry -> entry.at())
                .max(java.util.Comparator.naturalOrder()).orElseThrow(), ZoneOffset.UTC);
        waitUntil(() -> showing(this, "#balances-as-of"));
        assertThat(text(this, "#balances-as-of")).isEqualTo("As of " + readAt + ".");

        outage();
        checkNow("Last known as of");

        waitUntil(() -> showing(this, "#balances-as-of"));
        assertThat(text(this, "#balances-as-of")).isEqualTo("As of " + readAt + ", an older check: not current.");
        assertThat(lookup("#balances-as-of").queryAs(Label.class).getStyleClass()).contains("warning-note");
    }
}
