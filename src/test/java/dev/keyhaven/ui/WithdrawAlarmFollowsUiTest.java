package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.FakeKey;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * The Credentials tab's Withdraw alarm follows the newest answer about the shown key, as the header's mark does:
 * it comes when a newer check says the key can withdraw, goes when a newer one says it cannot, and the key list's
 * item from before a check (older than the check's own report) does not bring back what the check replaced.
 */
class WithdrawAlarmFollowsUiTest extends KeysAtFakeOkxUiTest {

    private static final String CAN_WITHDRAW = KeyVerdict.CAN_WITHDRAW.text();

    @Test
    void theAlarmComesAndGoesWithTheKeysNewerChecks() throws Exception {
        FakeKey trading = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Grid bot", trading, trading.passphrase());
        checkNowUntil(KeyVerdict.WORKS.text());
        assertThat(alarmOnTheForm()).as("a key that cannot withdraw").isFalse();

        okx.add(sameKey(trading).perm("read_only,trade,withdraw"));
        checkNowUntil(CAN_WITHDRAW);
        waitUntil(() -> app.shell().keyList().find(id).map(item -> item.status() == KeyVerdict.CAN_WITHDRAW)
                .orElse(false));
        assertThat(alarmOnTheForm()).as("the form built before, after OKX said the key can withdraw").isTrue();

        okx.add(sameKey(trading).perm("read_only,trade"));
        checkNowUntil(KeyVerdict.WORKS.text());
        waitUntil(() -> app.shell().keyList().find(id).map(item -> item.status() == KeyVerdict.WORKS).orElse(false));
        assertThat(alarmOnTheForm()).as("after OKX said Withdraw is off again").isFalse();
    }

    @Test
    void theListsItemFromBeforeTheCheckDoesNotOverrideTheChecksAnswer() throws Exception {
        FakeKey trading = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storedOnItsPage("Grid bot", trading, trading.passphrase());
        checkNowUntil(KeyVerdict.WORKS.text());
        waitUntil(() -> app.shell().keyList().find(id).map(item -> item.status() == KeyVerdict.WORKS).orElse(false));
        okx.add(sameKey(trading).perm("read_only,trade,withdraw"));

        AtomicReference<VaultHeld> held = holdTheListsReadWhenTheVerdictSays(CAN_WITHDRAW);
        try {
            clickOn("#check-now");
            waitUntil(() -> held.get() != null);
            boolean alarm = alarmOnTheForm();

            assertThat(held.get().stillHolding()).as("the list's read was still waiting for the vault").isTrue();
            assertThat(app.shell().keyList().find(id).orElseThrow().status())
                    .as("the list still holds the item from before the check").isEqualTo(KeyVerdict.WORKS);
            assertThat(alarm).as("the check's answer, newer than the list's item").isTrue();
        } finally {
            if (held.get() != null) {
                held.get().close();
            }
        }
        waitUntil(() -> app.shell().keyList().find(id).map(item -> item.status() == KeyVerdict.CAN_WITHDRAW)
                .orElse(false));
        assertThat(alarmOnTheForm()).as("still there once the list caught up").isTrue();
    }

    /**
     * A page opened on its Status tab builds its Credentials tab only when it first shows: after a check there,
     * while the list is still read again, the form starts from the check's answer, not the list's older item.
     */
    @Test
    void aFormFirstShownAfterTheCheckStartsFromTheChecksAnswer() throws Exception {
        FakeKey other = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        storedOnItsPage("Journal", other, other.passphrase());
        FakeKey trading = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        long id = storeKey("Grid bot", trading);
        showStatusOf(id);
        assertThat(lookup("#withdraw-advice").tryQuery()).as("the page opened on its Status tab").isEmpty();
        okx.add(sameKey(trading).perm("read_only,trade,withdraw"));

        AtomicReference<VaultHeld> held = holdTheListsReadWhenTheVerdictSays(CAN_WITHDRAW);
        try {
            clickOn("#check-now");
            waitUntil(() -> held.get() != null);
            clickOn("#tab-credentials");
            waitUntil(() -> lookup("#withdraw-advice").tryQuery().isPresent());
            boolean alarm = alarmOnTheForm();

            assertThat(held.get().stillHolding()).as("the list's read was still waiting for the vault").isTrue();
            assertThat(app.shell().keyList().find(id).orElseThrow().status())
                    .as("the list still holds the item from before the check").isEqualTo(KeyVerdict.NEVER_CHECKED);
            assertThat(alarm).as("the check's answer, newer than the list's item").isTrue();
        } finally {
            if (held.get() != null) {
                held.get().close();
            }
        }
    }

    /** Holds the vault, and so the list's next read, from the moment the Status tab's verdict says {@code words}. */
    private AtomicReference<VaultHeld> holdTheListsReadWhenTheVerdictSays(String words) {
        AtomicReference<VaultHeld> held = new AtomicReference<>();
        ObservableList<Node> verdictLine = ((Pane) lookup("#status-verdict").queryAs(Label.class).getParent())
                .getChildren();
        // Runs on the JavaFX thread as the check's report shows, before the page asks the list to read again.
        ListChangeListener<Node> holdTheListsRead = change -> {
            if (held.get() == null && verdictLine.stream().anyMatch(node -> node instanceof Label label
                    && words.equals(label.getText()))) {
                try {
                    held.set(new VaultHeld(vault(), Duration.ofSeconds(20)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        interact(() -> verdictLine.addListener(holdTheListsRead));
        return held;
    }

    private static FakeKey.Builder sameKey(FakeKey key) {
        return FakeKey.builder().apiKey(key.apiKey()).secretKey(key.secretKey()).passphrase(key.passphrase())
                .ips("127.0.0.1");
    }

    /** True when the Credentials tab's form shows the red Withdraw alarm rather than the calm advice. */
    private boolean alarmOnTheForm() {
        Label advice = lookup("#withdraw-advice").queryAs(Label.class);
        boolean alarm = advice.getStyleClass().contains("withdraw-warning");
        assertThat(advice.getStyleClass().contains("info-note")).isNotEqualTo(alarm);
        return alarm;
    }
}
